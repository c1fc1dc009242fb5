// Where a highlighted range is on screen. StaticRanges have no geometry, so a live Range is made
// over the same boundaries; it is only measured, never inserted into the page.

export function liveRange(range: AbstractRange): Range {
  const r = document.createRange();
  r.setStart(range.startContainer, range.startOffset);
  r.setEnd(range.endContainer, range.endOffset);
  return r;
}

export function rangeRect(range: AbstractRange): DOMRect {
  return liveRange(range).getBoundingClientRect();
}

/** True when (x, y) is on one of the range's line boxes (within `slop` pixels). */
export function isPointOnRange(range: AbstractRange, x: number, y: number, slop = 1): boolean {
  for (const rect of liveRange(range).getClientRects()) {
    if (
      x >= rect.left - slop &&
      x <= rect.right + slop &&
      y >= rect.top - slop &&
      y <= rect.bottom + slop
    ) {
      return true;
    }
  }
  return false;
}

/** Scrolls so the range sits a third of the way down the viewport, where the eye lands. */
export function scrollToRange(range: AbstractRange): void {
  window.scrollBy({ top: rangeRect(range).top - window.innerHeight / 3, behavior: 'instant' });
}
