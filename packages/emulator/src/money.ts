/**
 * Rounds an amount to 6 decimal places. Prices and credit are kept at this precision so repeated
 * charges do not accumulate binary floating-point noise.
 */
export function roundMoney(amount: number): number {
  return Math.round(amount * 1e6) / 1e6;
}
