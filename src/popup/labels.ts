import type { Kind, Side } from '../glossary/schema';
import { t } from '../platform/i18n';

export const SIDE_LABEL: Record<Side, string> = {
  us: t('sideUs'),
  china: t('sideChina'),
  global: t('sideGlobal'),
  other: t('sideOther'),
};

export const KIND_LABEL: Record<Kind, string> = {
  concept: t('kindConcept'),
  chip: t('kindChip'),
  company: t('kindCompany'),
  lab: t('kindLab'),
  model: t('kindModel'),
  policy: t('kindPolicy'),
  agency: t('kindAgency'),
  program: t('kindProgram'),
  person: t('kindPerson'),
  place: t('kindPlace'),
  technology: t('kindTechnology'),
};

export { formatDate } from '../core/dates';
