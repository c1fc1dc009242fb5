// Finds the page's AI-race terms and draws them. Keeps what it found (text, matches, ranges) so
// the hover card and the popup can ask about it without reading the page again.

import type { Detection } from '../core/detect';
import type { PartOfSpeechTagger } from '../core/disambiguate';
import type { Candidate } from '../core/matcher';
import { cardLanguage, type PageLanguage, pageLanguage } from '../core/page-language';
import { type PageSummary, summarizeMatches } from '../core/summary';
import { type PageText, rangeFor } from '../page/collect';
import { detectPage } from '../page/detect-page';
import { clearHighlight, TERM_HIGHLIGHT, TERM_TINT_HIGHLIGHT } from '../page/marks';
import { browser } from '../platform/browser';
import { uiLanguage } from '../platform/i18n';
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
  /** The page's language and script, and the one its cards speak (the reader's setting). */
  language: PageLanguage;
  cardLanguage: PageLanguage;
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

/** Lets the page breathe between slices of work (input, rendering) on long pages. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
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
  const matcher = getMatcher();
  const { page, detection } = await detectPage(doc, matcher, {
    pause: yieldToPage,
    tagger: loadTagger,
  });
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
  const language = pageLanguage(
    doc.documentElement.lang,
    page.text,
    detection.matches,
    matcher.index,
  );
  return {
    page,
    detection,
    marks,
    summary: summarizeMatches(detection.matches, matcher.index),
    language,
    cardLanguage: cardLanguage(settings.cardLanguage, language, uiLanguage()),
  };
}

export function removeAnnotations(): void {
  clearHighlight(TERM_HIGHLIGHT);
  clearHighlight(TERM_TINT_HIGHLIGHT);
}
