import type { DatePattern } from '@triad/contracts';

/** How numbers of one document type look, e.g. PR-202611-0001. */
export interface NumberingRuleShape {
  prefix: string;
  datePattern: DatePattern;
  padding: number;
  separator: string;
}

/** The counter of a type that never restarts lives in this period. */
export const openPeriod = 'all';

/** Rules fit the printed forms of Chinese companies: dates are calendar days in China. */
const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

function chinaDay(date: Date): { y: string; m: string; d: string } {
  const parts = chinaDate.formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** The date part of the number, which is also the counter's period (restart key). */
export function periodOf(pattern: DatePattern, date: Date): string {
  const { y, m, d } = chinaDay(date);
  switch (pattern) {
    case 'none': return openPeriod;
    case 'YYYY': return y;
    case 'YYYYMM': return `${y}${m}`;
    case 'YYYYMMDD': return `${y}${m}${d}`;
  }
}

/** Padding is a minimum: the 10,000th number of a 4-digit rule is simply longer. */
export function formatNumber(rule: NumberingRuleShape, date: Date, sequence: number): string {
  const parts = [rule.prefix];
  if (rule.datePattern !== 'none') parts.push(periodOf(rule.datePattern, date));
  parts.push(String(sequence).padStart(rule.padding, '0'));
  return parts.join(rule.separator);
}

/** Until configured, a type numbers with its registered prefix (or its key, upper-cased) and YYYYMM. */
export function defaultRule(docType: string, registeredPrefix: string | undefined): NumberingRuleShape {
  const fallback = docType.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 8) || 'DOC';
  return { prefix: registeredPrefix ?? fallback, datePattern: 'YYYYMM', padding: 4, separator: '-' };
}
