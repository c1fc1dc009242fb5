// Settles ambiguous candidates ("chips", "training", "Ascend") from their sentence: a cue word
// or another unambiguous glossary term must be there, no veto word may be, and, when the rule
// asks, the part-of-speech tagger must agree.
import type { MatcherIndex } from '../glossary/compiled';
import type { Ambiguity } from '../glossary/schema';
import { foldText, isHan, isWordChar } from './chars';
import type { Candidate } from './matcher';
import { sentenceAround } from './sentences';
import { CHECK_EVERY, runAll, type Steps } from './time-budget';

export type PartOfSpeech = 'noun' | 'proper' | 'verb' | 'other';

/** Reads the word at [start, end) of a sentence; compromise in practice, injected to keep core pure. */
export type PartOfSpeechTagger = (sentence: string, start: number, end: number) => PartOfSpeech;

/**
 * A rule's word list, split for fast checks: single words are looked up in the sentence's word
 * set (with plural endings), phrases are searched for in the folded sentence.
 */
class WordList {
  private readonly words: string[] = [];

  constructor(list: readonly string[]) {
    for (const w of list) this.words.push(foldText(w.toLowerCase()).trim());
  }

  /**
   * Any of the words or phrases, whole (a plural or possessive ending allowed), in the sentence.
   * Chinese has no spaces to find a whole word by: a Han edge of a cue needs no boundary, and a
   * Han character next to a Latin cue counts as one (AI芯片).
   */
  foundIn(sentence: Sentence): boolean {
    const text = sentence.folded;
    for (const w of this.words) {
      const hanStart = isHan(w.charCodeAt(0));
      const hanEnd = isHan(w.charCodeAt(w.length - 1));
      for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
        if (!hanStart && at > 0 && isGlued(text.charCodeAt(at - 1))) continue;
        if (hanEnd) return true;
        let end = at + w.length;
        // "chips" for "chip", "foundries" is listed as its own word by the glossary if needed.
        if (text.startsWith('es', end) && !isGlued(text.charCodeAt(end + 2))) end += 2;
        else if (text[end] === 's' && !isGlued(text.charCodeAt(end + 1))) end += 1;
        if (!isGlued(text.charCodeAt(end))) return true;
      }
    }
    return false;
  }
}

/** A letter or digit that would make a Latin cue part of a longer word (Han does not). */
function isGlued(code: number): boolean {
  return isWordChar(code) && !isHan(code);
}

interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Lower case, with quotes, dashes and spaces folded: what cue words are looked for in. */
  folded: string;
}

interface CompiledRule {
  cues: WordList;
  against: WordList;
  pos?: Ambiguity['pos'];
}

const compiledRules = new WeakMap<MatcherIndex, (CompiledRule | undefined)[]>();

/** Rules are compiled when first met: most pages meet a handful of the glossary's rules. */
function ruleOf(index: MatcherIndex, i: number): CompiledRule {
  let rules = compiledRules.get(index);
  if (!rules) {
    rules = [];
    compiledRules.set(index, rules);
  }
  let rule = rules[i];
  if (!rule) {
    const r = index.rules[i]!;
    rule = { cues: new WordList(r.cues), against: new WordList(r.against ?? []), pos: r.pos };
    rules[i] = rule;
  }
  return rule;
}

export function isAmbiguous(c: Candidate, index: MatcherIndex): boolean {
  return index.surfaces[c.surface]!.rule !== undefined;
}

export interface Resolution {
  kept: Candidate[];
  /** Candidates that passed their cues but need the tagger, which was not given. */
  undecided: number;
}

/** Tagger calls in one pass: a real article needs a few dozen at most. */
export const MAX_TAGGER_CALLS = 200;

/**
 * Keeps unambiguous candidates and those ambiguous ones their sentence supports. Call only on
 * relevant pages: an off-topic page keeps nothing. The tagger is asked only when case can't
 * settle it: a capitalised brand mid-sentence is a name, but a sentence's first word may be a
 * verb ("Ascend the ridge").
 */
export function resolveAmbiguous(
  candidates: readonly Candidate[],
  text: string,
  index: MatcherIndex,
  tagger?: PartOfSpeechTagger,
): Resolution {
  return runAll(resolveSteps(candidates, text, index, tagger));
}

/** resolveAmbiguous as steps, stopping every few candidates (see time-budget). */
export function* resolveSteps(
  candidates: readonly Candidate[],
  text: string,
  index: MatcherIndex,
  tagger?: PartOfSpeechTagger,
): Steps<Resolution> {
  const kept: Candidate[] = [];
  let undecided = 0;
  let taggerCalls = 0;
  // Ambiguous words cluster: read each sentence once, however many candidates it holds.
  let sentence: Sentence = { start: -1, end: -1, text: '', folded: '' };
  for (let k = 0; k < candidates.length; k++) {
    if (k % CHECK_EVERY === CHECK_EVERY - 1) yield;
    const c = candidates[k]!;
    const ruleIndex = index.surfaces[c.surface]!.rule;
    if (ruleIndex === undefined) {
      kept.push(c);
      continue;
    }
    const rule = ruleOf(index, ruleIndex);
    if (c.start >= sentence.end || c.start < sentence.start) {
      const bounds = sentenceAround(text, c.start, c.end);
      const raw = text.slice(bounds.start, bounds.end);
      sentence = { ...bounds, text: raw, folded: foldText(raw) };
    }
    if (rule.against.foundIn(sentence)) continue;
    const cued =
      rule.cues.foundIn(sentence) || hasUnambiguousNeighbour(candidates, k, sentence, index);
    if (!cued) continue;
    // The tagger reads English; Chinese has no capitals or inflection for it to go by.
    const han = isHan(text.charCodeAt(c.start));
    if (
      rule.pos &&
      !han &&
      !(rule.pos === 'proper' && isNameMidSentence(text, c, sentence.start))
    ) {
      // Past the cap (a page built to make the tagger work), the rest are left out: precision
      // first, and no pass can be made to run the tagger thousands of times.
      if (!tagger || taggerCalls >= MAX_TAGGER_CALLS) {
        undecided++;
        continue;
      }
      taggerCalls++;
      const pos = tagger(sentence.text, c.start - sentence.start, c.end - sentence.start);
      if (rule.pos === 'noun' ? pos !== 'noun' && pos !== 'proper' : pos !== 'proper') continue;
    }
    kept.push(c);
  }
  return { kept, undecided };
}

/** A capitalised word with other words before it in its sentence. */
function isNameMidSentence(text: string, c: Candidate, sentenceStart: number): boolean {
  const first = text.charCodeAt(c.start);
  if (!(first >= 65 && first <= 90) && !/\p{Lu}/u.test(text[c.start]!)) return false;
  for (let i = sentenceStart; i < c.start; i++) {
    if (isWordChar(text.charCodeAt(i))) return true;
  }
  return false;
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
