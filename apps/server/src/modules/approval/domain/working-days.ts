/**
 * Working days (工作日) in an inclusive date range: Monday to Friday. Public holidays and the
 * swapped weekend days (调休) come from the attendance calendar once it exists; until then a
 * leave of Fri–Mon counts 2 days, which is what an employee expects on an ordinary week.
 */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): number | null {
  const m = isoDate.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? t : null;
}

const dayMs = 86_400_000;

export function workingDaysBetween(start: string, end: string, holidays: ReadonlySet<string> = new Set()): number {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (from === null || to === null || to < from) return 0;
  let count = 0;
  for (let t = from; t <= to; t += dayMs) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(new Date(t).toISOString().slice(0, 10))) count += 1;
  }
  return count;
}
