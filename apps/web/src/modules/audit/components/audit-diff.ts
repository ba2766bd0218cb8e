export interface DiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** Field-by-field comparison of an audit entry's before/after snapshots. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    return [{ field: '-', before: show(before), after: show(after), changed: show(before) !== show(after) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  return keys.map((field) => {
    const left = show(b[field]);
    const right = show(a[field]);
    return { field, before: left, after: right, changed: JSON.stringify(b[field]) !== JSON.stringify(a[field]) };
  });
}
