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
