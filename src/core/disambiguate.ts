// Settles ambiguous candidates ("chips", "training", "Ascend") from their sentence: a cue word
// or another unambiguous glossary term must be there, no veto word may be, and, when the rule
// asks, the part-of-speech tagger must agree.
import type { MatcherIndex } from '../glossary/compiled';
import type { Ambiguity } from '../glossary/schema';
import { foldText } from './chars';
import type { Candidate } from './matcher';
import { sentenceAround } from './sentences';

export type PartOfSpeech = 'noun' | 'proper' | 'verb' | 'other';

/** Reads the word at [start, end) of a sentence; compromise in practice, injected to keep core pure. */
export type PartOfSpeechTagger = (sentence: string, start: number, end: number) => PartOfSpeech;

function wordsPattern(words: readonly string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const escaped = words
    .map((w) => foldText(w.toLowerCase()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  // Cues match as whole words, allowing a plural or possessive ending.
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?:s|es|'s)?(?![\\p{L}\\p{N}])`,
    'u',
  );
}

interface CompiledRule {
  cues?: RegExp;
  against?: RegExp;
  pos?: Ambiguity['pos'];
}

const compiledRules = new WeakMap<MatcherIndex, CompiledRule[]>();

function rulesOf(index: MatcherIndex): CompiledRule[] {
  let rules = compiledRules.get(index);
  if (!rules) {
    rules = index.rules.map((r) => ({
      cues: wordsPattern(r.cues),
      against: wordsPattern(r.against ?? []),
      pos: r.pos,
    }));
    compiledRules.set(index, rules);
  }
  return rules;
}

export function isAmbiguous(c: Candidate, index: MatcherIndex): boolean {
  return index.surfaces[c.surface]!.rule !== undefined;
}

/** True when some ambiguous candidate will need the tagger (so callers can load it first). */
export function needsTagger(candidates: readonly Candidate[], index: MatcherIndex): boolean {
  return candidates.some((c) => {
    const rule = index.surfaces[c.surface]!.rule;
    return rule !== undefined && index.rules[rule]!.pos !== undefined;
  });
}

/**
 * Keeps unambiguous candidates and those ambiguous ones their sentence supports. Call only on
 * relevant pages: an off-topic page keeps nothing.
 */
export function resolveAmbiguous(
  candidates: readonly Candidate[],
  text: string,
  index: MatcherIndex,
  tagger?: PartOfSpeechTagger,
): Candidate[] {
  const rules = rulesOf(index);
  const kept: Candidate[] = [];
  // Ambiguous words cluster: fold each sentence once, however many candidates it holds.
  let sentence = { start: -1, end: -1, text: '', folded: '' };
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const ruleIndex = index.surfaces[c.surface]!.rule;
    if (ruleIndex === undefined) {
      kept.push(c);
      continue;
    }
    const rule = rules[ruleIndex]!;
    if (c.start >= sentence.end || c.start < sentence.start) {
      const bounds = sentenceAround(text, c.start, c.end);
      const raw = text.slice(bounds.start, bounds.end);
      sentence = { ...bounds, text: raw, folded: foldText(raw) };
    }
    if (rule.against?.test(sentence.folded)) continue;
    const cued =
      rule.cues?.test(sentence.folded) || hasUnambiguousNeighbour(candidates, k, sentence, index);
    if (!cued) continue;
    if (rule.pos && tagger) {
      const pos = tagger(sentence.text, c.start - sentence.start, c.end - sentence.start);
      if (rule.pos === 'noun' ? pos !== 'noun' && pos !== 'proper' : pos !== 'proper') continue;
    }
    kept.push(c);
  }
  return kept;
}

function hasUnambiguousNeighbour(
  candidates: readonly Candidate[],
  k: number,
  bounds: { start: number; end: number },
  index: MatcherIndex,
): boolean {
  for (let j = k - 1; j >= 0 && candidates[j]!.end > bounds.start; j--) {
    if (!isAmbiguous(candidates[j]!, index)) return true;
  }
  for (let j = k + 1; j < candidates.length && candidates[j]!.start < bounds.end; j++) {
    if (!isAmbiguous(candidates[j]!, index)) return true;
  }
  return false;
}
