// Finds the page's AI-race terms and draws them. Keeps what it found (text, matches, ranges) so
// the hover card and the popup can ask about it without reading the page again.

import type { Detection } from '../core/detect';
import type { PartOfSpeechTagger } from '../core/disambiguate';
import type { Candidate } from '../core/matcher';
import { cardLanguage, type PageLanguage, pageLanguage } from '../core/page-language';
import { type PageSummary, summarizeMatches } from '../core/summary';
import { CHECK_EVERY, runPaced, TimeBudget } from '../core/time-budget';
import { collectSteps, type PageText, rangeFor } from '../page/collect';
import { detectPage, MAX_PAGE_CHARS } from '../page/detect-page';
import { clearHighlight, MAX_MARKS, TERM_HIGHLIGHT, TERM_TINT_HIGHLIGHT } from '../page/marks';
import { hasRunningText } from '../page/readable-text';
import { chooseReadingRegion } from '../page/region';
import { browser } from '../platform/browser';
import { uiLanguage } from '../platform/i18n';
import type { Settings } from '../platform/settings';
import { loadMatcher } from './glossary-index';
import { yieldToPage } from './yield';

export interface Mark {
  match: Candidate;
  termId: string;
  range: StaticRange;
}

export interface Annotation {
  page: PageText;
  /** The reading region the text came from. */
  root: Element;
  detection: Detection;
  /** What is drawn (every mention, or the first per term), in text order. */
  marks: Mark[];
  summary: PageSummary;
  /** The page's language and script, and the one its cards speak (the reader's setting). */
  language: PageLanguage;
  cardLanguage: PageLanguage;
  /** Set when the page had more mentions than MAX_MARKS: only the first ones are drawn. */
  marksCapped: number | undefined;
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

/** Marks around the reader's view, drawn first so the screen is marked at once. */
const FIRST_SCREEN_MARKS = 300;

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
 * Registers marks in at most two registry updates: the marks around the reader's view at once,
 * then all of them. Ranges are added to a highlight that is not yet registered (cheap), in
 * slices that yield; growing a registered highlight batch by batch is what makes Chromium lay
 * the page out again and again.
 */
async function drawViewportFirst(
  name: string,
  marks: readonly Mark[],
  budget: TimeBudget,
): Promise<void> {
  if (marks.length === 0) {
    clearHighlight(name);
    return;
  }
  const start = firstOnScreen(marks);
  if (marks.length > FIRST_SCREEN_MARKS) {
    const first = new Highlight();
    for (const m of marks.slice(start, start + FIRST_SCREEN_MARKS)) first.add(m.range);
    CSS.highlights.set(name, first);
  }
  const all = new Highlight();
  for (let i = 0; i < marks.length; i++) {
    if (i % CHECK_EVERY === 0) await budget.check();
    all.add(marks[i]!.range);
  }
  await budget.check();
  CSS.highlights.set(name, all);
}

/** The same text in the same nodes: nothing to read, match or draw again. */
export function samePageText(a: PageText, b: PageText): boolean {
  return (
    a.text === b.text &&
    a.nodes.length === b.nodes.length &&
    a.nodes.every((n, i) => n === b.nodes[i])
  );
}

/**
 * Finds and draws the page's terms. Given the previous annotation, returns it unchanged (and
 * draws nothing) when the reading region's text is what it was. Returns undefined without
 * loading the glossary when the page has no running text at all (a sign-in form, a web app):
 * most pages cost next to nothing.
 */
export async function annotate(
  doc: Document,
  settings: Settings,
  previous?: Annotation,
): Promise<Annotation | undefined> {
  if (!hasRunningText(doc)) {
    removeAnnotations();
    return undefined;
  }
  if (previous?.root.isConnected) {
    const region = chooseReadingRegion(doc);
    const limit = previous.page.truncated ? previous.page.text.length : MAX_PAGE_CHARS;
    const reading = collectSteps(region.root, { skip: region.skip, maxChars: limit });
    const now = await runPaced(reading, new TimeBudget(yieldToPage));
    if (samePageText(now, previous.page)) return previous;
  }
  const matcher = await loadMatcher();
  const { page, detection, root } = await detectPage(doc, matcher, {
    pause: yieldToPage,
    tagger: loadTagger,
  });
  const shown =
    settings.mentions === 'first' ? firstMentions(detection.matches) : detection.matches;
  const budget = new TimeBudget(yieldToPage);
  await budget.yield();
  const marks: Mark[] = [];
  for (const match of shown.length > MAX_MARKS ? shown.slice(0, MAX_MARKS) : shown) {
    if (marks.length % CHECK_EVERY === 0) await budget.check();
    const range = rangeFor(page, match.start, match.end);
    if (range) marks.push({ match, range, termId: matcher.index.terms[match.term]!.id });
  }
  const [name, other] =
    settings.markStyle === 'tint'
      ? [TERM_TINT_HIGHLIGHT, TERM_HIGHLIGHT]
      : [TERM_HIGHLIGHT, TERM_TINT_HIGHLIGHT];
  clearHighlight(other);
  await drawViewportFirst(name, marks, budget);
  await budget.check();
  const summary = summarizeMatches(detection.matches, matcher.index);
  const language = pageLanguage(
    doc.documentElement.lang,
    page.text,
    detection.matches,
    matcher.index,
  );
  return {
    page,
    root,
    detection,
    marks,
    summary,
    marksCapped: shown.length > MAX_MARKS ? MAX_MARKS : undefined,
    language,
    cardLanguage: cardLanguage(settings.cardLanguage, language, uiLanguage()),
  };
}

export function removeAnnotations(): void {
  clearHighlight(TERM_HIGHLIGHT);
  clearHighlight(TERM_TINT_HIGHLIGHT);
}
