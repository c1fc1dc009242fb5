// Drawing with the CSS Custom Highlight API: ranges are registered by name and styled through
// ::highlight() in the content stylesheet. The page's DOM is never touched.

/** Every highlight the extension registers starts with this (tests and tools rely on it). */
export const HIGHLIGHT_PREFIX = 'ai-race-lens';
export const TERM_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-term`;
export const TERM_TINT_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-term-tint`;
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-focus`;

/**
 * The most term marks drawn on one page. A real article has a few hundred; a page with more is
 * a huge or hostile one, where drawing them all would cost the browser seconds of layout.
 */
export const MAX_MARKS = 5_000;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function drawHighlight(name: string, ranges: Iterable<AbstractRange>): void {
  const highlight = new Highlight();
  for (const r of ranges) highlight.add(r);
  if (highlight.size === 0) CSS.highlights.delete(name);
  else CSS.highlights.set(name, highlight);
}

export function clearHighlight(name: string): void {
  CSS.highlights.delete(name);
}

const FLASH_MS = 1600;
let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Briefly emphasises a range the reader asked to be taken to ("Jump to", "Open"). */
export function flashRange(range: AbstractRange): void {
  drawHighlight(FOCUS_HIGHLIGHT, [range]);
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => clearHighlight(FOCUS_HIGHLIGHT), FLASH_MS);
}
