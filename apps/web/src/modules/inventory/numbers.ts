/**
 * Quantities and money of the stock pages arrive as decimal strings; the few sums the screens
 * make (count differences) are done on scaled BigInts so floats never touch them.
 */

interface Scaled { units: bigint; scale: number }

const pattern = /^([+-])?(\d*)(?:\.(\d*))?$/;

function parse(value: string | null | undefined): Scaled | null {
  if (value === null || value === undefined) return null;
  const match = pattern.exec(String(value).trim().replace(/,/g, ''));
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const units = BigInt(`${whole || '0'}${fraction}`);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

function rescale(v: Scaled, scale: number): bigint {
  return v.units * 10n ** BigInt(scale - v.scale);
}

function render(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? digits.slice(digits.length - scale).replace(/0+$/, '') : '';
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** a − b, exact; null when either is not a number. */
export function subtract(a: string | null | undefined, b: string | null | undefined): string | null {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return null;
  const scale = Math.max(x.scale, y.scale);
  return render(rescale(x, scale) - rescale(y, scale), scale);
}

/** −1, 0 or 1 (0 for a missing value). */
export function signOf(value: string | null | undefined): -1 | 0 | 1 {
  const v = parse(value);
  if (!v || v.units === 0n) return 0;
  return v.units < 0n ? -1 : 1;
}

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A quantity for display: no trailing zeros, thousands separators ("1,250.5"). */
export function qtyText(value: string | null | undefined): string {
  const v = parse(value);
  if (!v) return '';
  const plain = render(v.units, v.scale);
  const [whole = '0', fraction] = plain.replace('-', '').split('.');
  return `${plain.startsWith('-') ? '-' : ''}${group(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** Money for display: 2 decimals, thousands separators ("11,300.00"). The server already rounded it. */
export function moneyText(value: string | null | undefined): string {
  const v = parse(value);
  if (!v) return '';
  const plain = render(v.units, v.scale);
  const [whole = '0', fraction = ''] = plain.replace('-', '').split('.');
  return `${plain.startsWith('-') ? '-' : ''}${group(whole)}.${fraction.padEnd(2, '0').slice(0, Math.max(2, fraction.length))}`;
}

/** Unit cost for display: rounded half-up to 4 decimals, shown with 2 to 4 ("12.50", "12.3457"). */
export function costText(value: string | null | undefined): string {
  const v = parse(value);
  if (!v) return '';
  const scale = 4;
  let units = rescale(v, Math.max(v.scale, scale));
  if (v.scale > scale) {
    const divisor = 10n ** BigInt(v.scale - scale);
    const abs = units < 0n ? -units : units;
    const rounded = (2n * abs + divisor) / (2n * divisor);
    units = units < 0n ? -rounded : rounded;
  }
  const plain = render(units, scale);
  const [whole = '0', fraction = ''] = plain.replace('-', '').split('.');
  return `${plain.startsWith('-') ? '-' : ''}${group(whole)}.${fraction.padEnd(2, '0')}`;
}
