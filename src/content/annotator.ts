// Finds the page's AI-race terms and draws them. Keeps what it found (text, matches, ranges) so
// the hover card and the popup can ask about it without reading the page again.

import { isWordChar } from '../core/chars';
import { type Detection, judgeCandidates } from '../core/detect';
import type { PartOfSpeechTagger } from '../core/disambiguate';
import type { Candidate } from '../core/matcher';
import { type PageSummary, summarizeMatches } from '../core/summary';
import { collectText, type PageText, rangeFor } from '../page/collect';
import { clearHighlight, TERM_HIGHLIGHT, TERM_TINT_HIGHLIGHT } from '../page/marks';
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

const DRAW_BATCH = 500;

/** Index of the first mark at or below the top of the viewport (marks are in reading order). */
function firstOnScreen(marks: readonly Mark[]): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const el = marks[mid]!.range.startContainer.parentElement;
    if (el && el.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Registers marks a batch at a time, starting where the reader is looking, so the first screen
 * is marked at once and no single task lays out thousands of highlights.
 */
async function drawViewportFirst(name: string, marks: readonly Mark[]): Promise<void> {
  if (marks.length === 0) {
    clearHighlight(name);
    return;
  }
  const start = firstOnScreen(marks);
  const ordered = [...marks.slice(start), ...marks.slice(0, start)];
  const highlight = new Highlight();
  for (let i = 0; i < ordered.length; i += DRAW_BATCH) {
    if (i > 0) await yieldToPage();
    for (let j = i; j < Math.min(i + DRAW_BATCH, ordered.length); j++)
      highlight.add(ordered[j]!.range);
    CSS.highlights.set(name, highlight);
  }
}

export async function annotate(doc: Document, settings: Settings): Promise<Annotation> {
  const region = chooseReadingRegion(doc);
  const page = collectText(region.root, { skip: region.skip });
  await yieldToPage();
  const matcher = getMatcher();
  const candidates = await findCandidates(page.text);
  let detection = judgeCandidates(candidates, page.text, matcher.index);
  if (detection.undecided > 0) {
    const tagger = await loadTagger();
    await yieldToPage();
    detection = judgeCandidates(candidates, page.text, matcher.index, tagger);
  }
  const shown =
    settings.mentions === 'first' ? firstMentions(detection.matches) : detection.matches;
  await yieldToPage();
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
  await drawViewportFirst(name, marks);
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
