// Detection on a whole page, shared by the content script, the scan CLI and the benchmark:
// choose the reading region, read it, match, judge, settle ambiguous words. Long pages are read
// in two steps: a first look at the opening text, which is enough to let a page with no AI-race
// vocabulary at all go without reading the rest.
import { isWordChar } from '../core/chars';
import { countWords, type Detection, judgeSteps } from '../core/detect';
import type { PartOfSpeechTagger } from '../core/disambiguate';
import type { Candidate, Matcher } from '../core/matcher';
import { assessRelevance, hasGlossaryEvidence } from '../core/relevance';
import { runPaced, TimeBudget } from '../core/time-budget';
import { collectSteps, collectText, type PageText } from './collect';
import { chooseReadingRegion } from './region';

/** About 4,000 words: headline, standfirst and the first screens of any article. */
export const FIRST_LOOK_CHARS = 24_000;
/** About 250,000 words, five times the longest article we measure: past this, nothing is read. */
export const MAX_PAGE_CHARS = 1_500_000;
/**
 * Characters matched between looks at the clock: a millisecond or two, so a slice of time
 * (see time-budget) ends soon after it is spent, even on Chinese, where the segmenter's veto
 * makes each character cost more.
 */
const MATCH_SLICE = 4_000;

export interface DetectOptions {
  /** Called when a slice of time is spent on a long page (the content script yields here). */
  pause?: () => Promise<void>;
  /** Work between pauses, in milliseconds (see time-budget); 0 pauses at every checkpoint. */
  sliceMs?: number;
  /** Provides the part-of-speech tagger, only when an ambiguous word needs it. */
  tagger?: () => PartOfSpeechTagger | Promise<PartOfSpeechTagger>;
}

export interface PageDetection {
  page: PageText;
  detection: Detection;
  /** The reading region's root: changes outside it don't change the detection. */
  root: Element;
}

/** Longer than any surface form: matches found before this far from the cut are complete. */
const CUT_MARGIN = 200;

/** The start of the word at or before `i` (a place where matching may resume). */
function wordStartBefore(text: string, i: number): number {
  let at = Math.max(0, i);
  while (at > 0 && isWordChar(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The first offset at or after `i` that is not inside a word: slices never split one. */
function sliceBoundary(text: string, i: number): number {
  while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/** Matches the text in slices, resuming after what the first look already `known`. */
interface Found {
  candidates: Candidate[];
  signals: Candidate[];
}

async function findCandidates(
  text: string,
  matcher: Matcher,
  budget: TimeBudget,
  known: Found & { upTo: number } = { candidates: [], signals: [], upTo: 0 },
): Promise<Found> {
  const candidates = [...known.candidates];
  const signals = [...known.signals];
  let from = Math.max(known.upTo, candidates.at(-1)?.end ?? 0, signals.at(-1)?.end ?? 0);
  while (from < text.length) {
    const to = sliceBoundary(text, from + MATCH_SLICE);
    const found = matcher.findAll(text, from, to, signals);
    for (const c of found) candidates.push(c);
    from = Math.max(to, found.at(-1)?.end ?? 0, signals.at(-1)?.end ?? 0);
    if (from < text.length) await budget.check();
  }
  return { candidates, signals };
}

/** Han anywhere in the first look's span: the segmenter will be needed. */
const HAN = /[\u3400-\u9fff]/;

/**
 * Builds the word segmenter in a task of its own before matching Chinese text: the platform
 * loads its dictionary then, which alone takes tens of milliseconds.
 */
async function prepareSegmenter(text: string, matcher: Matcher, budget: TimeBudget) {
  if (!matcher.wordCuts || !HAN.test(text)) return;
  await budget.yield();
  matcher.wordCuts.prepare();
  await budget.yield();
}

/** Longer than this many characters, a page is past the short-page rule's word count anyway. */
const SHORT_PAGE_CHARS = 10_000;

/** The page's title and main heading: what the page says it is about. */
export function headlineOf(doc: Document, root: Element): string {
  const heading = root.querySelector('h1') ?? doc.querySelector('h1');
  return [doc.title, heading?.textContent ?? ''].join('\u2029').replace(/\s+/g, ' ').trim();
}

export async function detectPage(
  doc: Document,
  matcher: Matcher,
  options: DetectOptions = {},
): Promise<PageDetection> {
  const budget = new TimeBudget(options.pause, options.sliceMs);
  const region = chooseReadingRegion(doc);
  const headlineText = headlineOf(doc, region.root);
  const headline = { text: headlineText, candidates: matcher.findAll(headlineText) };
  const firstLook = collectText(region.root, { skip: region.skip, maxChars: FIRST_LOOK_CHARS });
  let known: (Found & { upTo: number }) | undefined;
  if (firstLook.truncated) {
    await budget.check();
    await prepareSegmenter(firstLook.text, matcher, budget);
    const { candidates: early, signals } = await findCandidates(firstLook.text, matcher, budget);
    // Not one unambiguous term in 4,000 words or the headline: not an AI-race page, and no
    // reason to read on.
    if (
      !hasGlossaryEvidence(early, matcher.index) &&
      !hasGlossaryEvidence(headline.candidates, matcher.index)
    ) {
      const relevance = assessRelevance({ candidates: [], text: firstLook.text }, matcher.index);
      return {
        page: firstLook,
        detection: { relevance, matches: [], undecided: 0 },
        root: region.root,
      };
    }
    // The full text begins with the first look: keep what was found there, except near its
    // end, where a longer form may continue past the cut.
    const upTo = wordStartBefore(firstLook.text, firstLook.text.length - CUT_MARGIN);
    known = {
      candidates: early.filter((c) => c.start < upTo),
      signals: signals.filter((c) => c.start < upTo),
      upTo,
    };
    await budget.yield();
  }
  const page = firstLook.truncated
    ? await runPaced(
        collectSteps(region.root, { skip: region.skip, maxChars: MAX_PAGE_CHARS }),
        budget,
      )
    : firstLook;
  await budget.yield();
  if (!known) await prepareSegmenter(page.text, matcher, budget);
  const { candidates, signals } = await findCandidates(page.text, matcher, budget, known);
  const words =
    page.text.length > SHORT_PAGE_CHARS ? Number.POSITIVE_INFINITY : countWords(page.text);
  const context = { signals, headline, words };
  await budget.check();
  let detection = await runPaced(judgeSteps(candidates, page.text, matcher.index, context), budget);
  if (detection.undecided > 0 && options.tagger) {
    const tagger = await options.tagger();
    await budget.yield();
    detection = await runPaced(
      judgeSteps(candidates, page.text, matcher.index, context, tagger),
      budget,
    );
  }
  return { page, detection, root: region.root };
}
