import type { Kind, Side } from '../glossary/schema';

export const SIDE_LABEL: Record<Side, string> = {
  us: 'US',
  china: 'China',
  global: 'Global',
  other: 'Other',
};

export const KIND_LABEL: Record<Kind, string> = {
  concept: 'Concept',
  chip: 'Chip',
  company: 'Company',
  lab: 'Lab',
  model: 'Model',
  policy: 'Policy',
  agency: 'Agency',
  program: 'Program',
  person: 'Person',
  place: 'Place',
  technology: 'Technology',
};

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
