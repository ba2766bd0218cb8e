/**
 * Money arrives as decimal strings (never floats). Formatting works on integer cents (BigInt) so
 * 0.005 rounds half-up like the server (Decimal.ROUND_HALF_UP) and large sums keep every digit.
 */
const moneyPattern = /^\s*(-)?(\d*)(?:\.(\d*))?\s*$/;

/** Parses a decimal string into cents, rounding half-up away from zero; null when not a number. */
export function toCents(value: string | number | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(6) : '') : value;
  const match = moneyPattern.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const [, minus, whole, fraction = ''] = match;
  const digits = `${whole || '0'}${fraction.padEnd(3, '0').slice(0, 3)}`;
  let mills = BigInt(digits);
  // Half-up on the third decimal, then drop it.
  mills = (mills + 5n) / 10n;
  return minus ? -mills : mills;
}

export function centsToString(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = (abs / 100n).toString();
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

/** "1234567.5" → "1,234,567.50"; empty for null/blank so report cells stay clean. */
export function formatMoney(value: string | number | null | undefined, options: { blankZero?: boolean } = {}): string {
  const cents = toCents(value);
  if (cents === null) return '';
  if (options.blankZero && cents === 0n) return '';
  const plain = centsToString(cents);
  const negative = plain.startsWith('-');
  const [whole = '0', fraction = '00'] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fraction}`;
}

export function isNegativeMoney(value: string | number | null | undefined): boolean {
  const cents = toCents(value);
  return cents !== null && cents < 0n;
}

/** Exact sum of decimal strings, as a 2-decimal string (blank entries count as zero). */
export function sumMoney(values: readonly (string | number | null | undefined)[]): string {
  let total = 0n;
  for (const value of values) total += toCents(value) ?? 0n;
  return centsToString(total);
}

/** For Excel cells: a real number (Excel formats it); null stays an empty cell. */
export function moneyToNumber(value: string | number | null | undefined): number | null {
  const cents = toCents(value);
  return cents === null ? null : Number(centsToString(cents));
}

/** Normalises user input to the API's money format (2 decimals); null when not a number. */
export function normalizeMoney(value: string | number | null | undefined): string | null {
  const cents = toCents(value);
  return cents === null ? null : centsToString(cents);
}

/** Tax rate "0.13" → "13%" (rates are small decimals; display only). */
export function formatRate(rate: string | number | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '';
  const n = Number(rate);
  if (!Number.isFinite(n)) return String(rate);
  return `${Number((n * 100).toFixed(2))}%`;
}

/** usedRatio from the API (a fraction, 1 = 100 %) as a bounded percentage for progress bars. */
export function ratioPercent(ratio: string | number | null | undefined): number | null {
  if (ratio === null || ratio === undefined || ratio === '') return null;
  const n = Number(ratio);
  return Number.isFinite(n) ? Math.round(n * 1000) / 10 : null;
}
