import type Decimal from 'decimal.js';
import { zero } from './amounts.ts';

// A statutory statement as data: item rows take the accounts whose code starts with one of their
// prefixes (the longest matching prefix over the whole statement wins, so an account is counted
// exactly once and catch-all rows like '1' take whatever the specific rows leave); subtotal and
// total rows add or subtract other rows.

export type RowKind = 'item' | 'subtotal' | 'total' | 'heading';
export interface Label { 'zh-CN': string; 'en-US': string }

export interface StatementLine {
  key: string;
  label: Label;
  kind: RowKind;
  indent: number;
  /** Item rows: account code prefixes. */
  prefixes?: string[];
  /**
   * Item rows: the side the row is normally on. A debit row shows debit − credit (assets,
   * expenses), a credit row credit − debit (liabilities, equity, income). Contra accounts
   * (1231 坏账准备, 1602 累计折旧) simply sit in the same row: their opposite balance nets out.
   */
  natural?: 'debit' | 'credit';
  /** Subtotal/total rows: other rows added (sign 1) or subtracted (sign −1). */
  sum?: { key: string; sign: 1 | -1 }[];
}

export interface NumberedLine extends StatementLine { lineNo: number | null }

/** 行次: items, subtotals and totals are numbered in order; headings are not. */
export function numberLines(lines: StatementLine[], first = 1): NumberedLine[] {
  let next = first;
  return lines.map((line) => ({ ...line, lineNo: line.kind === 'heading' ? null : next++ }));
}

/** The item row key of each account code (longest prefix), or undefined when no row takes it. */
export function rowOfCode(lines: readonly StatementLine[]): (code: string) => string | undefined {
  const prefixes: { prefix: string; key: string }[] = [];
  for (const line of lines) for (const prefix of line.prefixes ?? []) prefixes.push({ prefix, key: line.key });
  prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  const cache = new Map<string, string | undefined>();
  return (code) => {
    if (!cache.has(code)) cache.set(code, prefixes.find((p) => code.startsWith(p.prefix))?.key);
    return cache.get(code);
  };
}

/**
 * Row values from account nets (debit − credit per account code). Headings have no value.
 * `rowOf` must be built from every line of the statement (both sides of a balance sheet).
 */
export function evaluateStatement(lines: readonly StatementLine[], nets: ReadonlyMap<string, Decimal>, rowOf: (code: string) => string | undefined): Map<string, Decimal> {
  const raw = new Map<string, Decimal>();
  for (const [code, net] of nets) {
    const key = rowOf(code);
    if (key) raw.set(key, (raw.get(key) ?? zero).plus(net));
  }
  const values = new Map<string, Decimal>();
  for (const line of lines) {
    if (line.kind === 'item') {
      const r = raw.get(line.key) ?? zero;
      values.set(line.key, line.natural === 'credit' ? r.negated() : r);
    }
  }
  // Sums may refer to sums defined earlier in the list (营业利润 → 利润总额 → 净利润).
  for (const line of lines) {
    if (line.sum) values.set(line.key, line.sum.reduce((acc, t) => acc.plus((values.get(t.key) ?? zero).times(t.sign)), zero));
  }
  return values;
}
