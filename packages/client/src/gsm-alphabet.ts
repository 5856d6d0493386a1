// GSM 03.38 (3GPP TS 23.038) default alphabet. ESC (0x1B) is left out of the basic table: it is
// the escape to the extension table, never a character of its own in a message.
const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Characters of the extension table: ESC plus one septet, so each counts as two. */
const extension = '\f^{}\\[~]|€';

const basicSet = new Set(basic);
const extensionSet = new Set(extension);

/**
 * Septets a character takes in the GSM 7-bit default alphabet: 1 (basic table), 2 (extension
 * table), or 0 when the character cannot be written in GSM-7 at all.
 */
export function gsmSeptets(character: string): 0 | 1 | 2 {
  if (basicSet.has(character)) return 1;
  if (extensionSet.has(character)) return 2;
  return 0;
}
