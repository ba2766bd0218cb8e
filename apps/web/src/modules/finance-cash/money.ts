/**
 * Exact money arithmetic for the finance pages. The web app has no decimal library, and JS
 * floats must never touch money, so amounts are handled as scaled BigInts: a decimal string
 * "1234.5678" is { units: 12345678n, scale: 4 }. Money results are whole fen (scale 2),
 * rounded half-up (away from zero), the same rule as the server's Decimal.ROUND_HALF_UP.
 */

interface Scaled { units: bigint; scale: number }

const decimalPattern = /^([+-])?(\d*)(?:\.(\d*))?$/;

/** Parses a decimal string; null when it is not a plain decimal number. */
export function parseDecimal(value: string | number | null | undefined): Scaled | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim().replace(/,/g, '');
  const match = decimalPattern.exec(text);
  if (!match) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const units = BigInt(`${whole || '0'}${fraction}`);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** a / b rounded half-up (away from zero) to an integer. */
function divRound(a: bigint, b: bigint): bigint {
  const negative = (a < 0n) !== (b < 0n);
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const q = (2n * absA + absB) / (2n * absB);
  return negative ? -q : q;
}

/** A scaled value rounded half-up to whole fen. */
function toFen(value: Scaled): bigint {
  if (value.scale <= 2) return value.units * pow10(2 - value.scale);
  return divRound(value.units, pow10(value.scale - 2));
}

/** Money string (any scale) → fen; invalid or empty input counts as 0. */
export function fenOf(value: string | number | null | undefined): bigint {
  const parsed = parseDecimal(value);
  return parsed ? toFen(parsed) : 0n;
}

/** Fen → the API's money string "1234.50". */
export function fenToString(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan.toString()}.${cents}`;
}

/** Display form: thousands separators, always 2 decimals ("11,300.00"); empty for no value. */
export function formatMoney(value: string | number | bigint | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const fen = typeof value === 'bigint' ? value : fenOf(value);
  const [whole = '0', cents = '00'] = fenToString(fen).split('.');
  const negative = whole.startsWith('-');
  const digits = negative ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${cents}`;
}

/** Σ of money strings, exactly. */
export function sumMoney(values: ReadonlyArray<string | null | undefined>): string {
  return fenToString(values.reduce<bigint>((acc, v) => acc + fenOf(v), 0n));
}

/** quantity × price, rounded half-up to fen (both may carry more decimals than money). */
export function lineAmount(quantity: string | number | null | undefined, price: string | number | null | undefined): bigint {
  const q = parseDecimal(quantity);
  const p = parseDecimal(price);
  if (!q || !p) return 0n;
  return toFen({ units: q.units * p.units, scale: q.scale + p.scale });
}

export interface TaxSplit { net: string; tax: string; gross: string }

/**
 * Splits an amount into net / tax / gross like the server's computeTax: a tax-inclusive (含税)
 * amount is the gross and net = gross / (1 + rate); otherwise tax = net × rate. Tax is always
 * the difference, so net + tax = gross to the fen.
 */
export function splitTax(amountFen: bigint, rate: string, inclusive: boolean): TaxSplit {
  const r = parseDecimal(rate) ?? { units: 0n, scale: 0 };
  const one = pow10(r.scale);
  if (inclusive) {
    const net = divRound(amountFen * one, one + r.units);
    return { net: fenToString(net), tax: fenToString(amountFen - net), gross: fenToString(amountFen) };
  }
  const tax = divRound(amountFen * r.units, one);
  return { net: fenToString(amountFen), tax: fenToString(tax), gross: fenToString(amountFen + tax) };
}

export interface InvoiceLineInput { quantity?: string | number | null; price?: string | number | null; taxRate?: string | null }

/** Live per-line and total amounts of an invoice form (totals = Σ of the rounded lines). */
export function invoiceTotals(lines: ReadonlyArray<InvoiceLineInput | undefined>, inclusive: boolean): { lines: TaxSplit[]; total: TaxSplit } {
  const splits = lines.map((line) => splitTax(lineAmount(line?.quantity, line?.price), line?.taxRate ?? '0', inclusive));
  return {
    lines: splits,
    total: {
      net: sumMoney(splits.map((s) => s.net)),
      tax: sumMoney(splits.map((s) => s.tax)),
      gross: sumMoney(splits.map((s) => s.gross)),
    },
  };
}

/** InputNumber display of a money amount being typed: thousands separators in the whole part only. */
export function groupDigits(value: string | undefined): string {
  if (!value) return '';
  const [whole = '', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Inverse of groupDigits for the InputNumber parser. */
export function ungroupDigits(value: string | undefined): string {
  return (value ?? '').replace(/,/g, '');
}
