import type { FormInstance } from 'antd';
import { isApiError } from '../../app/api/index.ts';

/**
 * Puts a rejected save's problems under the fields they belong to; the global handler has already
 * shown the overall message. Two shapes arrive: schema issues `[{ path, message }]`, and business
 * errors naming a document line (`details: { line: 2, … }`, 1-based, e.g. catalog.unit.notForItem),
 * which mark that line's `lineField` (the line list is the form's `lines`).
 */
export function applyServerIssues(form: FormInstance, error: unknown, lineField = 'quantity'): void {
  if (!isApiError(error)) return;
  const issues = error.fieldIssues().filter((i) => i.path.length > 0);
  if (issues.length > 0) {
    form.setFields(issues.map((i) => ({ name: i.path, errors: [i.message] })));
    return;
  }
  const lines = linesOf(error.details);
  if (lines.length > 0) form.setFields(lines.map((line) => ({ name: ['lines', line - 1, lineField], errors: [error.message] })));
}

/** 1-based line numbers named by an error's details (one `{ line }` or a list of them). */
export function linesOf(details: unknown): number[] {
  const list = Array.isArray(details) ? details : [details];
  const nested = list.flatMap((d) => (typeof d === 'object' && d !== null && Array.isArray((d as { lines?: unknown }).lines) ? (d as { lines: unknown[] }).lines : [d]));
  return nested
    .map((d) => (typeof d === 'object' && d !== null ? (d as { line?: unknown }).line : undefined))
    .filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0);
}
