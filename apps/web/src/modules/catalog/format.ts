/** Trailing zeros of a stored decimal are noise on screen ("24.000000" → "24", "12.500000" → "12.5"). */
export function plainNumber(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** A price for display: at least 2 decimals, more only when the price has them (unit prices keep 6). */
export function priceText(value: string | null | undefined): string {
  const plain = plainNumber(value);
  if (!plain) return '';
  const [whole, frac = ''] = plain.split('.');
  return `${whole}.${frac.padEnd(2, '0')}`;
}

export const taxRates = ['13', '9', '6', '3', '1', '0'] as const;
