/**
 * Exact arithmetic for procurement forms: quantities (up to 4 decimals), unit prices (up to 6)
 * and money (fen). JS floats never touch these values; a decimal string is held as a scaled
 * BigInt. Rounding is half-up (away from zero), the server's Decimal.ROUND_HALF_UP. Tax rates are
 * percents ("13" = 13%), as the procurement and catalog tables store them, and unit prices are
 * tax-inclusive (含税单价): net = gross / (1 + rate), tax = gross − net.
 */

interface Scaled { units: bigint; scale: number }

const pattern = /^([+-])?(\d*)(?:\.(\d*))?$/;
const pow10 = (n: number): bigint => 10n ** BigInt(n);

export function parseDecimal(value: string | number | null | undefined): Scaled | null {
  if (value === null || value === undefined) return null;
  const match = pattern.exec(String(value).trim().replace(/,/g, ''));
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const units = BigInt(`${whole || '0'}${fraction}`);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

function divRound(a: bigint, b: bigint): bigint {
  const negative = (a < 0n) !== (b < 0n);
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const q = (2n * absA + absB) / (2n * absB);
  return negative ? -q : q;
}

/** The value rounded half-up to `dp` decimals, as an integer count of 10^-dp. */
function atScale(value: Scaled, dp: number): bigint {
  if (value.scale <= dp) return value.units * pow10(dp - value.scale);
  return divRound(value.units, pow10(value.scale - dp));
}

function toText(units: bigint, dp: number): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = (abs / pow10(dp)).toString();
  const fraction = dp > 0 ? `.${(abs % pow10(dp)).toString().padStart(dp, '0')}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Invalid or empty input counts as 0 (a half-typed form line). */
const orZero = (value: string | number | null | undefined): Scaled => parseDecimal(value) ?? { units: 0n, scale: 0 };

/** Money in fen (rounded half-up). */
export function fenOf(value: string | number | null | undefined): bigint {
  return atScale(orZero(value), 2);
}

export function fenToString(fen: bigint): string {
  return toText(fen, 2);
}

/** Exact a − b of two decimal strings, trailing zeros trimmed ("12.5000" − "2" → "10.5"). */
export function subtract(a: string | null | undefined, b: string | null | undefined): string {
  const x = orZero(a);
  const y = orZero(b);
  const scale = Math.max(x.scale, y.scale);
  return trimZeros(toText(x.units * pow10(scale - x.scale) - y.units * pow10(scale - y.scale), scale));
}

/** −1, 0 or 1. */
export function compareDecimal(a: string | null | undefined, b: string | null | undefined): number {
  const diff = orZero(subtract(a, b)).units;
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

export function isPositive(value: string | number | null | undefined): boolean {
  const parsed = parseDecimal(value);
  return parsed !== null && parsed.units > 0n;
}

export function trimZeros(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(/\.?0+$/, '');
}

/** Quantity for display: no trailing zeros, thousands grouped ("1200.5000" → "1,200.5"). */
export function formatQty(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const parsed = parseDecimal(value);
  if (!parsed) return value;
  const [whole = '0', fraction] = trimZeros(toText(parsed.units, parsed.scale)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Money for display: 2 decimals, thousands separators ("11300" → "11,300.00"). */
export function formatMoney(value: string | bigint | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const [whole = '0', cents = '00'] = fenToString(typeof value === 'bigint' ? value : fenOf(value)).split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  return `${negative ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

/** Unit price for display: at least 2 decimals, at most 6, no noise ("12.500000" → "12.50"). */
export function formatPrice(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const parsed = parseDecimal(value);
  if (!parsed) return value;
  const text = trimZeros(toText(atScale(parsed, 6), 6));
  const [whole = '0', fraction = ''] = text.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0')}`;
}

/** quantity × unit price in fen. */
export function lineAmount(quantity: string | number | null | undefined, price: string | number | null | undefined): bigint {
  const q = orZero(quantity);
  const p = orZero(price);
  return atScale({ units: q.units * p.units, scale: q.scale + p.scale }, 2);
}

export interface TaxSplit { net: string; tax: string; gross: string }

/** A tax-inclusive amount split at a percent rate; net + tax = gross to the fen. */
export function splitGross(grossFen: bigint, ratePct: string | number | null | undefined): TaxSplit {
  const rate = orZero(ratePct);
  const hundred = 100n * pow10(rate.scale);
  const net = divRound(grossFen * hundred, hundred + rate.units);
  return { net: fenToString(net), tax: fenToString(grossFen - net), gross: fenToString(grossFen) };
}

export function sumMoney(values: ReadonlyArray<string | bigint | null | undefined>): string {
  return fenToString(values.reduce<bigint>((acc, v) => acc + (typeof v === 'bigint' ? v : fenOf(v)), 0n));
}

/** "13" → "13%". */
export function rateLabel(ratePct: string | null | undefined): string {
  if (ratePct === null || ratePct === undefined || ratePct === '') return '';
  return `${trimZeros(ratePct)}%`;
}

/** a / b as a percent with one decimal (progress bars); 0 when b is 0. */
export function percentOf(part: string | null | undefined, whole: string | null | undefined): number {
  const a = orZero(part);
  const b = orZero(whole);
  const scale = Math.max(a.scale, b.scale);
  const num = a.units * pow10(scale - a.scale);
  const den = b.units * pow10(scale - b.scale);
  if (den === 0n) return 0;
  return Number(divRound(num * 1000n, den)) / 10;
}
