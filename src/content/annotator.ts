// Finds the page's AI-race terms and draws them. Keeps what it found (text, matches, ranges) so
// the hover card and the popup can ask about it without reading the page again.

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

export async function annotate(doc: Document, settings: Settings): Promise<Annotation> {
  const region = chooseReadingRegion(doc);
  const page = collectText(region.root, { skip: region.skip });
  const matcher = getMatcher();
  const candidates = matcher.findAll(page.text);
  let detection = judgeCandidates(candidates, page.text, matcher.index);
  if (detection.relevance.relevant && needsTagger(candidates, matcher.index)) {
    detection = judgeCandidates(candidates, page.text, matcher.index, await loadTagger());
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
