// Opens a term's card when the pointer rests on a mark. Marks are highlights, not elements, so
// the pointer is hit-tested with caretPositionFromPoint and the mark's own rectangles.
import { render } from 'preact';
import { offsetAt } from '../page/collect';
import { isPointOnRange, rangeRect } from '../page/geometry';
import { callBackground, type PopupRoute, type TermCard } from '../platform/messages';
import type { Annotation, Mark } from './annotator';
import { uiRoot } from './host';
import { HoverCard } from './hover-card';
import { hoverIntent } from './hover-intent';
import { watchPointer } from './pointer';

const DWELL_MS = 180;
const GRACE_MS = 300;
const CARD_GAP = 6;
/** Tallest a card grows on a tall window; past this its content scrolls inside it. */
const MAX_CARD_HEIGHT = 720;
/** Below this much room a card scrolls rather than shrinking further. */
const MIN_CARD_HEIGHT = 160;

export interface HoverController {
  /** Opens the card for a mark now (used by the popup's "jump to"). */
  open(mark: Mark): void;
  close(): void;
}

export function initHover(
  getAnnotation: () => Annotation | undefined,
  signal: AbortSignal,
): HoverController {
  let openedByJump = false;
  let container: HTMLElement | undefined;
  const cards = new Map<string, Promise<TermCard | null>>();

  const markAt = (x: number, y: number): Mark | undefined => {
    const annotation = getAnnotation();
    if (!annotation || annotation.marks.length === 0) return undefined;
    const caret = document.caretPositionFromPoint?.(x, y);
    if (caret?.offsetNode.nodeType !== 3) return undefined;
    const offset = offsetAt(annotation.page, caret.offsetNode, caret.offset);
    if (offset === undefined) return undefined;
    const mark = findMark(annotation.marks, offset);
    return mark && isPointOnRange(mark.range, x, y) ? mark : undefined;
  };

  const close = () => {
    openedByJump = false;
    intent.reset();
    if (container) render(null, container);
  };

  const show = (mark: Mark) => {
    const annotation = getAnnotation();
    if (!annotation) return;
    const termId = mark.termId;
    const brief = annotation.summary.terms.find((t) => t.id === termId);
    let request = cards.get(termId);
    if (!request) {
      request = callBackground('glossary/card', termId);
      cards.set(termId, request);
    }
    const paint = (card: TermCard | 'loading' | 'error') => {
      if (intent.shown() !== mark) return;
      if (!container) {
        container = document.createElement('div');
        uiRoot().append(container);
      }
      const target = container;
      const draw = (position: CardPosition) =>
        render(
          HoverCard({
            card,
            title: brief?.title ?? termId,
            language: annotation.cardLanguage,
            position,
            onOpen: (route: PopupRoute) => void callBackground('popup/show', route),
            onPointerEnter: () => intent.enterCard(),
            onPointerLeave: () => intent.leaveCard(),
          }),
          target,
        );
      // Drawn once to learn how tall its content is, then placed where all of it fits.
      draw(placeCard(mark.range, MIN_CARD_HEIGHT));
      const drawn = target.querySelector<HTMLElement>('.card');
      if (drawn)
        draw(placeCard(mark.range, drawn.scrollHeight + drawn.offsetHeight - drawn.clientHeight));
    };
    paint('loading');
    request.then(
      (card) => paint(card ?? 'error'),
      () => {
        cards.delete(termId);
        paint('error');
      },
    );
  };

  const intent = hoverIntent<Mark>({
    dwellMs: DWELL_MS,
    graceMs: GRACE_MS,
    open: (mark) => {
      openedByJump = false;
      show(mark);
    },
    close,
  });

  watchPointer((x, y) => intent.pointerAt(markAt(x, y)), signal);
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && intent.shown()) close();
    },
    { signal },
  );
  // Scrolling away closes a card the pointer opened; a card opened by "Jump to" has just been
  // scrolled into view on purpose and stays.
  window.addEventListener(
    'scroll',
    () => intent.shown() && !intent.overCard() && !openedByJump && close(),
    {
      passive: true,
      signal,
    },
  );
  signal.addEventListener('abort', close);

  return {
    open: (mark) => {
      intent.openNow(mark);
      openedByJump = true;
    },
    close,
  };
}

/** The mark containing `offset`; marks are in text order, so a binary search finds it. */
export function findMark(marks: readonly Mark[], offset: number): Mark | undefined {
  let lo = 0;
  let hi = marks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = marks[mid]!.match;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return marks[mid];
  }
  return undefined;
}

type CardPosition = { left: number; top: number; maxHeight: number };

/**
 * Below the word when all of the card fits there, else above it; when neither side has room for
 * all of it, on the roomier side, scrolling inside. Never over the word, always in the viewport.
 */
function placeCard(range: StaticRange, contentHeight: number): CardPosition {
  const rect = rangeRect(range);
  const width = Math.min(380, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const height = Math.min(contentHeight, MAX_CARD_HEIGHT);
  const below = rect.bottom + CARD_GAP;
  const roomBelow = window.innerHeight - 8 - below;
  const roomAbove = rect.top - CARD_GAP - 8;
  if (height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove)) {
    const maxHeight = Math.max(MIN_CARD_HEIGHT, Math.min(height, roomBelow));
    return {
      left,
      top: Math.max(8, Math.min(below, window.innerHeight - 8 - maxHeight)),
      maxHeight,
    };
  }
  const maxHeight = Math.max(MIN_CARD_HEIGHT, Math.min(height, roomAbove));
  return { left, top: Math.max(8, rect.top - CARD_GAP - maxHeight), maxHeight };
}
