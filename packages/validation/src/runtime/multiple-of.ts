/**
 * Whether `value` is a whole multiple of `divisor` (> 0), as decimals: JSON numbers are
 * decimal, and doubles are not (0.0075 / 0.0001 is 74.99999999999999 in floating point). Two
 * integers divide exactly as doubles; anything else is compared as the decimals the numbers
 * print as, with BigInt arithmetic.
 */
export function isMultipleOf(value: number, divisor: number): boolean {
  if (Number.isInteger(value) && Number.isInteger(divisor)) return value % divisor === 0;
  if (!Number.isFinite(value)) return false;
  const a = decimal(value);
  const b = decimal(divisor);
  const exponent = Math.min(a.exponent, b.exponent);
  const scaledValue = a.digits * 10n ** BigInt(a.exponent - exponent);
  const scaledDivisor = b.digits * 10n ** BigInt(b.exponent - exponent);
  return scaledValue % scaledDivisor === 0n;
}

/** A finite number as `digits × 10^exponent`, from its shortest decimal form. */
function decimal(number: number): { digits: bigint; exponent: number } {
  const [mantissa = '0', power = '0'] = String(number).split('e');
  const point = mantissa.indexOf('.');
  const fraction = point < 0 ? '' : mantissa.slice(point + 1);
  const whole = point < 0 ? mantissa : mantissa.slice(0, point);
  return { digits: BigInt(whole + fraction), exponent: Number(power) - fraction.length };
}
