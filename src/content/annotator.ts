// Finds the page's AI-race terms and draws them. Keeps what it found (text, matches, ranges) so
// the hover card and the popup can ask about it without reading the page again.

import { isWordChar } from '../core/chars';
import { type Detection, judgeCandidates } from '../core/detect';
import type { PartOfSpeechTagger } from '../core/disambiguate';
import { needsTagger } from '../core/disambiguate';
import type { Candidate } from '../core/matcher';
import { type PageSummary, summarizeMatches } from '../core/summary';
import { collectText, type PageText, rangeFor } from '../page/collect';
import { clearHighlight, drawHighlight, TERM_HIGHLIGHT, TERM_TINT_HIGHLIGHT } from '../page/marks';
import { chooseReadingRegion } from '../page/region';
import { browser } from '../platform/browser';
import type { Settings } from '../platform/settings';
import { getMatcher } from './glossary-index';

export interface Mark {
  match: Candidate;
  termId: string;
  range: StaticRange;
}

export interface Annotation {
  page: PageText;
  detection: Detection;
  /** What is drawn (every mention, or the first per term), in text order. */
  marks: Mark[];
  summary: PageSummary;
}

let tagger: Promise<PartOfSpeechTagger> | undefined;

/** compromise, loaded from its own file the first time a page has an ambiguous word to settle. */
function loadTagger(): Promise<PartOfSpeechTagger> {
  tagger ??= import(/* @vite-ignore */ browser.runtime.getURL('nlp.js')).then(
    (m: { tagPartOfSpeech: PartOfSpeechTagger }) => m.tagPartOfSpeech,
  );
  return tagger;
}

export function firstMentions(matches: readonly Candidate[]): Candidate[] {
  const seen = new Set<number>();
  return matches.filter((m) => !seen.has(m.term) && seen.add(m.term));
}

/** Characters matched per task: about 10 ms on a slow machine, far under the 50 ms budget. */
const MATCH_SLICE = 60_000;

/** Lets the page breathe between slices of work (input, rendering) on long pages. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The first offset at or after `i` that is not inside a word: slices never split one. */
function sliceBoundary(text: string, i: number): number {
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

export async function findCandidates(text: string): Promise<Candidate[]> {
  const matcher = getMatcher();
  const candidates: Candidate[] = [];
  let from = 0;
  while (from < text.length) {
    const to = sliceBoundary(text, from + MATCH_SLICE);
    const found = matcher.findAll(text, from, to);
    for (const c of found) candidates.push(c);
    from = Math.max(to, found.at(-1)?.end ?? 0);
    if (from < text.length) await yieldToPage();
  }
  return candidates;
}

export async function annotate(doc: Document, settings: Settings): Promise<Annotation> {
  const region = chooseReadingRegion(doc);
  const page = collectText(region.root, { skip: region.skip });
  await yieldToPage();
  const matcher = getMatcher();
  const candidates = await findCandidates(page.text);
  let detection = judgeCandidates(candidates, page.text, matcher.index);
  if (detection.relevance.relevant && needsTagger(candidates, matcher.index)) {
    const tagger = await loadTagger();
    await yieldToPage();
    detection = judgeCandidates(candidates, page.text, matcher.index, tagger);
  }
  const shown =
    settings.mentions === 'first' ? firstMentions(detection.matches) : detection.matches;
  const marks: Mark[] = [];
  for (const match of shown) {
    const range = rangeFor(page, match.start, match.end);
    if (range) marks.push({ match, range, termId: matcher.index.terms[match.term]!.id });
  }
  const [name, other] =
    settings.markStyle === 'tint'
      ? [TERM_TINT_HIGHLIGHT, TERM_HIGHLIGHT]
      : [TERM_HIGHLIGHT, TERM_TINT_HIGHLIGHT];
  clearHighlight(other);
  drawHighlight(
    name,
    marks.map((m) => m.range),
  );
  return {
    page,
    detection,
    marks,
    summary: summarizeMatches(detection.matches, matcher.index),
  };
}

export function removeAnnotations(): void {
  clearHighlight(TERM_HIGHLIGHT);
  clearHighlight(TERM_TINT_HIGHLIGHT);
}
