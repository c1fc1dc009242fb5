// Whether a page has earned its annotations, judged the way an editor would: what the headline
// names weighs most, specific AI-race things (chips, rules, labs) weigh more than words any tech
// page may use, and topic words that are not glossary terms (Beijing, semiconductors, export)
// support glossary evidence but never stand in for it.
import type { MatcherIndex } from '../glossary/compiled';
import type { Kind } from '../glossary/schema';
import type { Candidate } from './matcher';

export const KIND_WEIGHT: Record<Kind, number> = {
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

/** Evidence needed, counting terms (doubled when the headline names them) and topic words. */
export const RELEVANCE_THRESHOLD = 4;
export const MIN_DISTINCT_TERMS = 2;
/** Each group of topic words counts once, as half a point per word up to one point. */
const SIGNAL_WORD_WEIGHT = 0.5;
const SIGNAL_GROUP_CAP = 1;
/** Topic words never carry a page alone: their total is capped below the threshold. */
const SIGNAL_CAP = 2;
/** A single specific term can carry a page this short when its other words agree. */
export const SHORT_PAGE_WORDS = 600;
/** An ambiguous form counts as evidence only when its sentence settles it (see resolveAmbiguous),
 * and at half weight: the cue could still be a coincidence. */
const SETTLED_AMBIGUOUS_FACTOR = 0.5;

export interface Evidence {
  kind: 'term' | 'headline' | 'settled' | 'topic';
  /** A term id, or a topic group's name. */
  id: string;
  /** What the page says, as matched (the first time). */
  text: string;
  weight: number;
}

export interface Relevance {
  relevant: boolean;
  score: number;
  /** Distinct glossary terms among the evidence. */
  evidence: number;
  /** Each piece of evidence and its weight, strongest first: what `scan --explain` prints. */
  reasons: Evidence[];
  /** The rule that decided, in words. */
  verdict: string;
}

export interface RelevanceInput {
  /** Candidates in the page text (all of them: ambiguous ones are weighed only if `settled`). */
  candidates: readonly Candidate[];
  /** The page text the candidates point into (for the words shown in reasons). */
  text: string;
  /** Topic words found in the page text. */
  signals?: readonly Candidate[];
  /** Candidates in the title and main heading, and the text they point into. */
  headline?: { candidates: readonly Candidate[]; text: string };
  /** Ambiguous candidates that their sentence supports (from resolveAmbiguous). */
  settled?: readonly Candidate[];
  /** Words on the page, for the short-page rule. */
  words?: number;
}

/** Kinds that place a page in government or business in general: a page also needs a sign of the
 * technology itself (a term of another kind, or the topic's technology words), or a Treasury
 * sanctions notice, a state planner's pork purchases or a GDP report would pass. */
const CONTEXT_KINDS: ReadonlySet<Kind> = new Set(['agency', 'person', 'place']);
const TECHNOLOGY_GROUP = 'technology';

/** A term specific enough to carry a short page alone: a named chip, rule, agency, lab or model,
 * or a Chinese company (the glossary's Chinese companies are all AI-race players). */
function isSpecific(index: MatcherIndex, term: number): boolean {
  const t = index.terms[term]!;
  return KIND_WEIGHT[t.kind] >= 2 || (t.kind === 'company' && t.side === 'china');
}

export function assessRelevance(input: RelevanceInput, index: MatcherIndex): Relevance {
  const { candidates, text, signals = [], headline, settled = [], words = Infinity } = input;
  const byTerm = new Map<number, Evidence>();
  const inHeadline = new Set<number>();
  for (const c of headline?.candidates ?? []) {
    if (index.surfaces[c.surface]!.rule === undefined) inHeadline.add(c.term);
  }
  let specific = false;
  const weigh = (c: Candidate, source: string, kind: Evidence['kind'], factor: number) => {
    if (byTerm.has(c.term)) return;
    const t = index.terms[c.term]!;
    const doubled = kind === 'term' && inHeadline.has(c.term);
    byTerm.set(c.term, {
      kind: doubled ? 'headline' : kind,
      id: t.id,
      text: source.slice(c.start, c.end),
      weight: KIND_WEIGHT[t.kind] * factor * (doubled ? 2 : 1),
    });
    // A settled ambiguous name ("H20" beside "Nvidia") is as specific as an unambiguous one.
    if (kind !== 'topic' && isSpecific(index, c.term)) specific = true;
  };
  for (const c of candidates) {
    if (index.surfaces[c.surface]!.rule === undefined) weigh(c, text, 'term', 1);
  }
  // A term only the headline names still counts (a caption-less brief, a title-only mention).
  for (const c of headline?.candidates ?? []) {
    if (index.surfaces[c.surface]!.rule === undefined) weigh(c, headline!.text, 'term', 1);
  }
  const unambiguous = byTerm.size;
  // Settled ambiguous words support a page that already has a glossary term of its own.
  if (unambiguous > 0) for (const c of settled) weigh(c, text, 'settled', SETTLED_AMBIGUOUS_FACTOR);

  const groups = new Map<number, { words: Set<string>; first: string }>();
  for (const s of signals) {
    const group = index.signals[s.term]!.group;
    const word = text.slice(s.start, s.end);
    const entry = groups.get(group);
    if (entry) entry.words.add(word.toLowerCase());
    else groups.set(group, { words: new Set([word.toLowerCase()]), first: word });
  }
  const topic: Evidence[] = [...groups].map(([group, g]) => ({
    kind: 'topic',
    id: index.signalGroups[group]!,
    text: [...g.words].slice(0, 4).join(', '),
    weight: Math.min(SIGNAL_GROUP_CAP, g.words.size * SIGNAL_WORD_WEIGHT),
  }));
  const termScore = [...byTerm.values()].reduce((n, e) => n + e.weight, 0);
  const topicScore = Math.min(
    SIGNAL_CAP,
    topic.reduce((n, e) => n + e.weight, 0),
  );
  const score = Math.round((termScore + topicScore) * 100) / 100;
  const distinct = byTerm.size;
  const reasons = [...byTerm.values(), ...topic].sort((a, b) => b.weight - a.weight);
  const aboutTechnology =
    [...byTerm.keys()].some((term) => !CONTEXT_KINDS.has(index.terms[term]!.kind)) ||
    topic.some((e) => e.id === TECHNOLOGY_GROUP);

  let verdict: string;
  let relevant = false;
  if (unambiguous === 0) {
    verdict = 'no unambiguous glossary term: topic words alone never annotate a page';
  } else if (!aboutTechnology) {
    verdict =
      'only agencies, people and places, and no sign of the technology itself (a chip, model, rule or the topic’s technology words)';
  } else if (score >= RELEVANCE_THRESHOLD && distinct >= MIN_DISTINCT_TERMS) {
    relevant = true;
    verdict = `${distinct} glossary terms and a score of ${score} (at least ${RELEVANCE_THRESHOLD} needed)`;
  } else if (inHeadline.size > 0 && topicScore >= 1 && score >= RELEVANCE_THRESHOLD) {
    relevant = true;
    verdict = 'the headline names a glossary term and the text uses the topic’s words';
  } else if (specific && topicScore >= 1 && words <= SHORT_PAGE_WORDS) {
    relevant = true;
    verdict = `a short page (${words} words) naming a specific glossary term, with the topic’s words around it`;
  } else {
    verdict = `too little evidence: score ${score} from ${distinct} term${distinct === 1 ? '' : 's'} (${RELEVANCE_THRESHOLD} from ${MIN_DISTINCT_TERMS} needed, or a specific term on a short page, or one in the headline)`;
  }
  return { relevant, score, evidence: distinct, reasons, verdict };
}

/** Unambiguous glossary evidence exists at all: the cheap test a first look uses. */
export function hasGlossaryEvidence(
  candidates: readonly Candidate[],
  index: MatcherIndex,
): boolean {
  return candidates.some((c) => index.surfaces[c.surface]!.rule === undefined);
}
