// The whole detection, shared by the content script and the scan CLI: match, judge the page,
// settle ambiguous words. Callers that run in a page load the tagger only when `needsTagger`.
import type { MatcherIndex } from '../glossary/compiled';
import { isAmbiguous, type PartOfSpeechTagger, resolveSteps } from './disambiguate';
import type { Candidate, Matcher } from './matcher';
import { assessRelevance, hasGlossaryEvidence, type Relevance } from './relevance';
import { runAll, type Steps } from './time-budget';

export interface Detection {
  relevance: Relevance;
  /** Marks to draw, in text order; empty when the page is not relevant. */
  matches: Candidate[];
  /** Ambiguous candidates left out because only the tagger could settle them. */
  undecided: number;
}

/** What the page offers beside its glossary candidates (see RelevanceInput). */
export interface PageContext {
  signals?: readonly Candidate[];
  headline?: { candidates: readonly Candidate[]; text: string };
  words?: number;
}

export function judgeCandidates(
  candidates: readonly Candidate[],
  text: string,
  index: MatcherIndex,
  context: PageContext = {},
  tagger?: PartOfSpeechTagger,
): Detection {
  return runAll(judgeSteps(candidates, text, index, context, tagger));
}

/** judgeCandidates as steps (see time-budget): the content script runs them paced. */
export function* judgeSteps(
  candidates: readonly Candidate[],
  text: string,
  index: MatcherIndex,
  context: PageContext = {},
  tagger?: PartOfSpeechTagger,
): Steps<Detection> {
  // No unambiguous term anywhere: not an AI-race page, whatever else it says. This is the
  // common case and costs one scan of the candidates.
  if (
    !hasGlossaryEvidence(candidates, index) &&
    !hasGlossaryEvidence(context.headline?.candidates ?? [], index)
  ) {
    const relevance = assessRelevance({ candidates: [], text }, index);
    return { relevance, matches: [], undecided: 0 };
  }
  const { kept, undecided } = yield* resolveSteps(candidates, text, index, tagger);
  yield;
  const settled = kept.filter((c) => isAmbiguous(c, index));
  const relevance = assessRelevance({ candidates, text, settled, ...context }, index);
  if (!relevance.relevant) return { relevance, matches: [], undecided: 0 };
  return { relevance, matches: kept, undecided };
}

/** Detection on a bare string (tests and tools): the string is its own page, with no headline. */
export function detectTerms(
  text: string,
  matcher: Matcher,
  tagger?: PartOfSpeechTagger,
): Detection {
  const signals: Candidate[] = [];
  const candidates = matcher.findAll(text, 0, text.length, signals);
  return judgeCandidates(
    candidates,
    text,
    matcher.index,
    { signals, words: countWords(text) },
    tagger,
  );
}

/** Words as a reader counts them: runs of letters or digits (a Han character counts as half a
 * word, roughly how Chinese text compares with English in length for the same content). */
export function countWords(text: string, from = 0, to = text.length): number {
  let words = 0;
  let han = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x3400 && code <= 0x9fff) {
      han++;
      inWord = false;
      continue;
    }
    const word =
      (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || code > 0xbf;
    if (word && !inWord) words++;
    inWord = word;
  }
  return words + Math.ceil(han / 2);
}
