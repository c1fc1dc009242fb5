// Saved highlights on the page: places them when the page loads (and again when its text
// changes), offers to save a selection, shows a saved highlight's card on hover, and reports
// what it could not place. Marks are highlights (CSS.highlights), never elements. Only the
// reader's own input counts: events a page script makes up (untrusted) are ignored.
import { h, render } from 'preact';
import { describeRange } from '../core/anchoring';
import {
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type HighlightRecord,
  LIMITS,
} from '../core/highlights';
import { normalizeUrl } from '../core/url';
import { collectText, offsetAt, type PageText } from '../page/collect';
import { isPointOnRange, rangeRect, scrollToRange } from '../page/geometry';
import { clearHighlight, drawHighlight, flashRange, HIGHLIGHT_PREFIX } from '../page/marks';
import { isOwnUi } from '../page/own-ui';
import {
  deleteHighlight,
  loadHighlights,
  onHighlightsChanged,
  saveHighlights,
  takeFocusRequest,
} from '../platform/highlights-store';
import { t } from '../platform/i18n';
import { loadMatcher } from './glossary-index';
import { type Point, SaveBubble, SavedCard, Toast, type ToastAction } from './highlight-ui';
import { uiRoot } from './host';
import { hoverIntent } from './hover-intent';
import {
  emptyMemory,
  type PlacedHighlight,
  type Placing,
  placeHighlights,
  placeNew,
} from './place-highlights';
import { watchPointer } from './pointer';
import { yieldToPage } from './yield';

const DWELL_MS = 250;
const GRACE_MS = 400;
const TOAST_MS = 5000;

export type HighlightState = Placing;

export interface Highlighter {
  state(): HighlightState;
  /** Saves the current selection (context menu, keyboard shortcut). */
  saveSelection(color?: HighlightColor): Promise<{ saved: boolean; message: string }>;
  /** Re-reads the page and places every highlight again. */
  refresh(): Promise<void>;
  focus(id: string): boolean;
}

const highlightName = (color: HighlightColor) => `${HIGHLIGHT_PREFIX}-hl-${color}`;

/** Read each time: single-page sites change the address without reloading the script. */
const pageUrl = () => normalizeUrl(location.href);

const sameRange = (a: StaticRange, b: StaticRange) =>
  a.startContainer === b.startContainer &&
  a.startOffset === b.startOffset &&
  a.endContainer === b.endContainer &&
  a.endOffset === b.endOffset;

/** True when two placings draw exactly the same ranges in the same colours. */
function samePlacements(a: readonly PlacedHighlight[], b: readonly PlacedHighlight[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.record.id === b[i]!.record.id &&
        p.record.color === b[i]!.record.color &&
        sameRange(p.range, b[i]!.range),
    )
  );
}

/** The document's readable root; documents without a body (SVG, XML) have no highlights. */
const readableRoot = (): HTMLElement | null => document.body;

export function initHighlighter(signal: AbortSignal): Highlighter {
  let page: PageText = { text: '', nodes: [], starts: [] };
  let placed: PlacedHighlight[] = [];
  let missing: HighlightRecord[] = [];
  const memory = emptyMemory();
  /** What the last pass placed against: the same text and records need no new pass. */
  let lastPass: { text: string; nodes: Text[]; records: string } | undefined;
  let generation = 0;
  let container: HTMLElement | undefined;
  let bubbleAt: Point | undefined;
  /** The saved highlight whose card is open, by id (its record may be replaced by edits). */
  let hovered: { id: string; at: Point } | undefined;
  let toast: { message: string; kind: 'ok' | 'error'; action?: ToastAction } | undefined;
  let toastTimer: number | undefined;

  const paint = () => {
    const card = hovered && placed.find((p) => p.record.id === hovered!.id);
    if (!bubbleAt && !card && !toast && !container) return;
    if (!container) {
      container = document.createElement('div');
      uiRoot().append(container);
    }
    render(
      h('div', null, [
        bubbleAt &&
          h(SaveBubble, { at: bubbleAt, onSave: (c: HighlightColor) => void saveSelection(c) }),
        card &&
          h(SavedCard, {
            key: card.record.id,
            record: card.record,
            approximate: card.approximate,
            at: hovered!.at,
            onChange: (change) => void update(card.record, change),
            onDelete: () => void remove(card.record),
            onPointerEnter: () => intent.enterCard(),
            onPointerLeave: () => intent.leaveCard(),
          }),
        toast && h(Toast, { ...toast, onClose: () => showToast(undefined) }),
      ]),
      container,
    );
  };

  const showToast = (t: typeof toast) => {
    toast = t;
    clearTimeout(toastTimer);
    if (t) toastTimer = window.setTimeout(() => showToast(undefined), TOAST_MS);
    paint();
  };

  const draw = () => {
    // One registry update per colour: a handful, however many highlights there are.
    for (const color of HIGHLIGHT_COLORS) {
      drawHighlight(
        highlightName(color),
        placed.filter((p) => p.record.color === color).map((p) => p.range),
      );
    }
  };

  const readPage = () => {
    const root = readableRoot();
    page = root ? collectText(root) : { text: '', nodes: [], starts: [] };
  };

  /** Text offset near the top of the viewport, to place what the reader sees first. */
  const viewOffset = (): number => {
    let lo = 0;
    let hi = page.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const el = page.nodes[mid]!.parentElement;
      if (el && el.getBoundingClientRect().bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    return page.starts[lo] ?? 0;
  };

  const sameNodes = (a: Text[], b: Text[]) =>
    a.length === b.length && a.every((n, i) => n === b[i]);

  const refresh = async () => {
    const mine = ++generation;
    const records = await loadHighlights(pageUrl());
    if (mine !== generation) return;
    // A page with nothing saved doesn't pay for reading its whole text.
    if (records.length === 0 && placed.length === 0 && missing.length === 0) return;
    readPage();
    const recordsKey = JSON.stringify(records.map((r) => [r.id, r.modified]));
    // Nothing the highlights depend on changed (a page re-rendering the same text): no work.
    if (
      lastPass &&
      lastPass.text === page.text &&
      lastPass.records === recordsKey &&
      sameNodes(lastPass.nodes, page.nodes)
    ) {
      return;
    }
    const text = page.text;
    const done = await placeHighlights(page, records, memory, {
      viewOffset: viewOffset(),
      pause: yieldToPage,
      superseded: () => mine !== generation || signal.aborted,
      draw: (p) => {
        const unchanged = samePlacements(placed, p.placed);
        placed = p.placed;
        missing = p.missing;
        // The same highlights on the same text: the registry keeps what it has.
        if (!unchanged) draw();
      },
    });
    if (done) lastPass = { text, nodes: page.nodes, records: recordsKey };
  };

  const selectionOffsets = (): { start: number; end: number } | undefined => {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
    const r = sel.getRangeAt(0);
    const common = r.commonAncestorContainer;
    const el = common.nodeType === 1 ? (common as Element) : common.parentElement;
    if (
      el?.closest(
        'input, textarea, [contenteditable]:not([contenteditable="false"]), [role="textbox"]',
      )
    ) {
      return undefined;
    }
    if (!readableRoot()) return undefined;
    if (page.nodes.length === 0) readPage();
    let start = offsetAt(page, r.startContainer, r.startOffset);
    let end = offsetAt(page, r.endContainer, r.endOffset);
    if (start === undefined || end === undefined) {
      // The page changed since it was read: read it again.
      readPage();
      start = offsetAt(page, r.startContainer, r.startOffset);
      end = offsetAt(page, r.endContainer, r.endOffset);
    }
    if (start === undefined || end === undefined) return undefined;
    // Trim whitespace (and block breaks) the selection caught at its edges.
    while (start < end && /[\s\u2029]/.test(page.text[start]!)) start++;
    while (end > start && /[\s\u2029]/.test(page.text[end - 1]!)) end--;
    return end > start ? { start, end } : undefined;
  };

  const saveSelection = async (color: HighlightColor = 'yellow') => {
    const at = selectionOffsets();
    bubbleAt = undefined;
    if (!at) {
      const message = readableRoot() ? t('hlSelectFirst') : t('hlWrongDocument');
      showToast({ message, kind: 'error' });
      return { saved: false, message };
    }
    if (at.end - at.start > LIMITS.quote) {
      const message = t('hlTooLong', LIMITS.quote.toLocaleString('en'));
      showToast({ message, kind: 'error' });
      return { saved: false, message };
    }
    const matcher = await loadMatcher();
    const tags = [
      ...new Set(
        matcher
          .findAll(page.text, at.start, at.end)
          .filter((c) => c.end <= at.end)
          .map((c) => matcher.index.terms[c.term]!.id),
      ),
    ];
    const now = new Date().toISOString();
    const record: HighlightRecord = {
      id: crypto.randomUUID(),
      url: pageUrl(),
      title: document.title.replace(/\s+/g, ' ').trim().slice(0, LIMITS.title),
      created: now,
      modified: now,
      color,
      note: '',
      tags,
      target: describeRange(page.text, at.start, at.end),
    };
    try {
      await saveHighlights([record]);
    } catch (err) {
      // Nothing is lost: the selection stays, so the reader can try again.
      const message = (err as Error).message;
      showToast({ message, kind: 'error' });
      return { saved: false, message };
    }
    const p = placeNew(page, record, at.start, at.end, memory);
    if (p) {
      // The storage listener may have placed it already, while the save was answered.
      placed = [...placed.filter((x) => x.record.id !== record.id), p].sort(
        (a, b) => a.start - b.start,
      );
      draw();
    }
    document.getSelection()?.removeAllRanges();
    showToast({ message: t('hlSaved'), kind: 'ok' });
    return { saved: true, message: 'saved' };
  };

  const update = async (
    record: HighlightRecord,
    change: Partial<Pick<HighlightRecord, 'note' | 'color'>>,
  ) => {
    const next = { ...record, ...change, modified: new Date().toISOString() };
    try {
      await saveHighlights([next]);
    } catch (err) {
      showToast({ message: (err as Error).message, kind: 'error' });
      return;
    }
    placed = placed.map((p) => (p.record.id === record.id ? { ...p, record: next } : p));
    draw();
    paint();
  };

  const remove = async (record: HighlightRecord) => {
    try {
      await deleteHighlight(record);
    } catch (err) {
      showToast({ message: (err as Error).message, kind: 'error' });
      return;
    }
    placed = placed.filter((p) => p.record.id !== record.id);
    closeCard();
    draw();
    showToast({
      message: t('hlDeleted'),
      kind: 'ok',
      // Saving the record again brings it back; the storage listener places it.
      action: {
        label: t('undo'),
        run: () => {
          showToast(undefined);
          saveHighlights([record]).catch((err: unknown) =>
            showToast({ message: (err as Error).message, kind: 'error' }),
          );
        },
      },
    });
  };

  const closeCard = () => {
    intent.reset();
    hovered = undefined;
    paint();
  };

  // Hovering a saved highlight shows its card, below it or above when there is no room.
  const intent = hoverIntent<string>({
    dwellMs: DWELL_MS,
    graceMs: GRACE_MS,
    open: (id) => {
      const p = placed.find((x) => x.record.id === id);
      if (!p) return;
      const rect = rangeRect(p.range);
      const below = rect.bottom + 6;
      hovered = {
        id,
        at: {
          left: Math.max(8, Math.min(rect.left, window.innerWidth - 300)),
          top: below + 220 > window.innerHeight ? Math.max(8, rect.top - 226) : below,
        },
      };
      paint();
    },
    close: closeCard,
  });

  // Offer the save bubble when a selection settles.
  const onSelectionEnd = () => {
    const sel = document.getSelection();
    const ok = sel && !sel.isCollapsed && sel.rangeCount > 0 && selectionOffsets();
    if (!ok) {
      if (bubbleAt) {
        bubbleAt = undefined;
        paint();
      }
      return;
    }
    const rects = sel!.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    if (!last) return;
    bubbleAt = {
      left: Math.max(8, Math.min(last.right - 60, window.innerWidth - 160)),
      top: last.bottom + 6 > window.innerHeight - 40 ? Math.max(8, last.top - 36) : last.bottom + 6,
    };
    paint();
  };
  document.addEventListener(
    'mouseup',
    (e) => {
      if (!e.isTrusted || isOwnUi(e.target)) return;
      setTimeout(onSelectionEnd, 0);
    },
    { signal },
  );
  document.addEventListener(
    'keyup',
    (e) => {
      if (!e.isTrusted || isOwnUi(e.target)) return;
      if (e.shiftKey || e.key === 'Shift') onSelectionEnd();
      if (e.key === 'Escape' && (bubbleAt || hovered)) {
        bubbleAt = undefined;
        closeCard();
      }
    },
    { signal },
  );

  const hitTest = (x: number, y: number): string | undefined => {
    if (placed.length === 0) return undefined;
    const caret = document.caretPositionFromPoint?.(x, y);
    const offset = caret ? offsetAt(page, caret.offsetNode, caret.offset) : undefined;
    if (offset === undefined) return undefined;
    return placed.find(
      (p) => offset >= p.start && offset < p.end && isPointOnRange(p.range, x, y, 0),
    )?.record.id;
  };
  watchPointer((x, y) => intent.pointerAt(hitTest(x, y)), signal);

  onHighlightsChanged(() => void refresh(), signal, pageUrl);
  signal.addEventListener('abort', () => {
    for (const color of HIGHLIGHT_COLORS) clearHighlight(highlightName(color));
    if (container) render(null, container);
  });

  const focus = (id: string) => {
    const p = placed.find((x) => x.record.id === id);
    if (!p) return false;
    scrollToRange(p.range);
    flashRange(p.range);
    return true;
  };

  void refresh().then(async () => {
    const id = await takeFocusRequest(pageUrl());
    if (id) focus(id);
  });

  return { state: () => ({ placed, missing }), saveSelection, refresh, focus };
}
