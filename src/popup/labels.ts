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

export { formatDate } from '../core/dates';
