// The whole detection, shared by the content script and the scan CLI: match, judge the page,
// settle ambiguous words. Callers that run in a page load the tagger only when `needsTagger`.
import type { MatcherIndex } from '../glossary/compiled';
import { type PartOfSpeechTagger, resolveAmbiguous } from './disambiguate';
import type { Candidate, Matcher } from './matcher';
import { assessRelevance, type Relevance } from './relevance';

export interface Detection {
  relevance: Relevance;
  /** Marks to draw, in text order; empty when the page is not relevant. */
  matches: Candidate[];
  /** Ambiguous candidates left out because only the tagger could settle them. */
  undecided: number;
}

export function judgeCandidates(
  candidates: readonly Candidate[],
  text: string,
  index: MatcherIndex,
  tagger?: PartOfSpeechTagger,
): Detection {
  const relevance = assessRelevance(candidates, index);
  if (!relevance.relevant) return { relevance, matches: [], undecided: 0 };
  const { kept, undecided } = resolveAmbiguous(candidates, text, index, tagger);
  return { relevance, matches: kept, undecided };
}

export function detectTerms(
  text: string,
  matcher: Matcher,
  tagger?: PartOfSpeechTagger,
): Detection {
  return judgeCandidates(matcher.findAll(text), text, matcher.index, tagger);
}
