/**
 * Money on the web side without floats: amounts travel as decimal strings and are added as
 * integer cents (BigInt), so 0.1 + 0.2 never shows up as 0.30000000000000004 on a voucher.
 */

const amountPattern = /^(-)?(\d{0,16})(?:\.(\d{0,2}))?$/;

/** '1234.5' → 123450n; null for anything that is not an amount with at most 2 decimals. */
export function parseCents(value: string | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  const text = value.trim().replace(/,/g, '');
  if (text === '' || text === '-' || text === '.') return null;
  const match = amountPattern.exec(text);
  if (!match) return null;
  const whole = match[2] || '0';
  const fraction = (match[3] ?? '').padEnd(2, '0');
  const cents = BigInt(whole) * 100n + BigInt(fraction);
  return match[1] ? -cents : cents;
}

/** 123450n → '1234.50' (the API's money string). */
export function centsToAmount(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole.toString()}.${fraction}`;
}

/** 123450n → '1,234.50' for display. */
export function formatCents(cents: bigint): string {
  const [whole = '0', fraction = '00'] = centsToAmount(cents).replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0n ? '-' : ''}${grouped}.${fraction}`;
}

/** A money string for display: 2 decimals, thousands separators; '' when not an amount. */
export function formatMoney(value: string | null | undefined): string {
  const cents = parseCents(value);
  return cents === null ? '' : formatCents(cents);
}

/** The normalized API form of a typed amount ('1,000.5' → '1000.50'), or null when invalid. */
export function normalizeAmount(value: string | null | undefined): string | null {
  const cents = parseCents(value);
  return cents === null ? null : centsToAmount(cents);
}

export function sumCents(values: Array<string | null | undefined>): bigint {
  let total = 0n;
  for (const value of values) total += parseCents(value) ?? 0n;
  return total;
}

export function isNegativeAmount(value: string | null | undefined): boolean {
  const cents = parseCents(value);
  return cents !== null && cents < 0n;
}
