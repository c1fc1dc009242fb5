// Dates as readers write them, for cards and timelines.

/** "2023-10-17" → "17 Oct 2023"; partial dates stay partial. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en', {
    month: 'short',
    timeZone: 'UTC',
  });
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Today as YYYY-MM-DD in UTC: what `until` and `by` dates are compared with. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * True once a date is wholly past: "2026-11-10" from the 11th, "2026-11" from December, "2026"
 * from the next year. Partial dates compare on what they say.
 */
export function hasPassed(date: string, on: string = today()): boolean {
  return on.slice(0, date.length) > date;
}

/** Oldest first, undated order kept: the order a timeline reads in. */
export function byDate<T extends { date: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
