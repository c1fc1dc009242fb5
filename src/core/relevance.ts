// Whether a page has earned its annotations. Unambiguous terms are the evidence; specific
// AI-race things (chips, policies, labs) weigh more than words any tech page may use.
import type { MatcherIndex } from '../glossary/compiled';
import type { Kind } from '../glossary/schema';
import type { Candidate } from './matcher';

const KIND_WEIGHT: Record<Kind, number> = {
  chip: 2,
  policy: 2,
  agency: 2,
  program: 2,
  model: 2,
  lab: 2,
  technology: 1.5,
  concept: 1,
  company: 1,
  person: 1,
  place: 0.5,
};

/** A page needs this much evidence from at least `MIN_DISTINCT_TERMS` different terms. */
export const RELEVANCE_THRESHOLD = 4;
export const MIN_DISTINCT_TERMS = 2;

export interface Relevance {
  relevant: boolean;
  score: number;
  /** Distinct unambiguous terms seen. */
  evidence: number;
}

export function assessRelevance(candidates: readonly Candidate[], index: MatcherIndex): Relevance {
  const seen = new Set<number>();
  let score = 0;
  for (const c of candidates) {
    if (index.surfaces[c.surface]!.rule !== undefined || seen.has(c.term)) continue;
    seen.add(c.term);
    score += KIND_WEIGHT[index.terms[c.term]!.kind];
  }
  return {
    relevant: score >= RELEVANCE_THRESHOLD && seen.size >= MIN_DISTINCT_TERMS,
    score,
    evidence: seen.size,
  };
}
