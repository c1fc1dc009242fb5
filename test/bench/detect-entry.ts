// Loaded into benchmark pages: the content script's detection pipeline (the same modules, run
// the same way), timed in the page.
import index from 'virtual:glossary-index';
import { anchor, describeRange } from '../../src/core/anchoring';
import { Matcher } from '../../src/core/matcher';
import { tagPartOfSpeech } from '../../src/core/part-of-speech';
import { collectText, rangeFor } from '../../src/page/collect';
import { detectPage } from '../../src/page/detect-page';
import { drawHighlight, TERM_HIGHLIGHT } from '../../src/page/marks';

/** Collect, match, disambiguate and register highlights: the content script's own pipeline. */
async function detect(): Promise<{ ms: number; marks: number; read: number }> {
  const t0 = performance.now();
  const matcher = new Matcher(index);
  const { page, detection } = await detectPage(document, matcher, {
    tagger: () => tagPartOfSpeech,
  });
  const ranges: StaticRange[] = [];
  for (const m of detection.matches) {
    const r = rangeFor(page, m.start, m.end);
    if (r) ranges.push(r);
  }
  drawHighlight(TERM_HIGHLIGHT, ranges);
  return { ms: performance.now() - t0, marks: ranges.length, read: page.text.length };
}

/**
 * Saves `count` passages, then changes the page (a paragraph inserted at the top, so no passage
 * is where it was) and times placing them all again: read, anchor, register.
 */
function placeHighlights(count: number): { ms: number; placed: number } {
  const before = collectText(document.body).text;
  const targets = [];
  for (let i = 0; i < count; i++) {
    const start = Math.floor(((i + 0.5) / count) * (before.length - 200));
    targets.push(describeRange(before, start, start + 60 + (i % 5) * 20));
  }
  const p = document.createElement('p');
  p.textContent = 'Update: this story was revised after publication with comment from the company.';
  document.querySelector('article')!.prepend(p);
  const t0 = performance.now();
  const page = collectText(document.body);
  const ranges: StaticRange[] = [];
  for (const t of targets) {
    const at = anchor(page.text, t);
    const r = at && rangeFor(page, at.start, at.end);
    if (r) ranges.push(r);
  }
  drawHighlight('ai-race-lens-hl-yellow', ranges);
  return { ms: performance.now() - t0, placed: ranges.length };
}

(window as unknown as { bench: unknown }).bench = { detect, placeHighlights };
