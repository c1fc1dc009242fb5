// Saved highlights on the page: places them when the page loads (and again when it changes),
// offers to save a selection, shows a saved highlight's note on hover, and reports what it
// could not place. Marks are highlights (CSS.highlights), never elements.
import { h, render } from 'preact';
import { anchor, describeRange } from '../core/anchoring';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../core/highlights';
import { normalizeUrl } from '../core/url';
import { collectText, HOST_TAG, offsetAt, type PageText, rangeFor } from '../page/collect';
import { isPointOnRange, rangeRect, scrollToRange } from '../page/geometry';
import { clearHighlight, drawHighlight, flashRange, HIGHLIGHT_PREFIX } from '../page/marks';
import {
  deleteHighlight,
  loadHighlights,
  onHighlightsChanged,
  saveHighlights,
  takeFocusRequest,
} from '../platform/highlights-store';
import { getMatcher } from './glossary-index';
import { type Point, SaveBubble, SavedCard, Toast, type ToastAction } from './highlight-ui';
import { uiRoot } from './host';
import { hoverIntent } from './hover-intent';
import { watchPointer } from './pointer';

const DWELL_MS = 250;
const GRACE_MS = 400;
const TOAST_MS = 5000;

export interface PlacedHighlight {
  record: HighlightRecord;
  start: number;
  end: number;
  range: StaticRange;
}

export interface HighlightState {
  placed: PlacedHighlight[];
  missing: HighlightRecord[];
}

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

export function initHighlighter(signal: AbortSignal): Highlighter {
  let page: PageText = { text: '', nodes: [], starts: [] };
  let placed: PlacedHighlight[] = [];
  let missing: HighlightRecord[] = [];
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
    for (const color of HIGHLIGHT_COLORS) {
      drawHighlight(
        highlightName(color),
        placed.filter((p) => p.record.color === color).map((p) => p.range),
      );
    }
  };

  const readPage = () => {
    page = collectText(document.body);
  };

  const place = (records: HighlightRecord[]) => {
    placed = [];
    missing = [];
    for (const record of records) {
      const at = anchor(page.text, record.target);
      const range = at && rangeFor(page, at.start, at.end);
      if (at && range) placed.push({ record, start: at.start, end: at.end, range });
      else missing.push(record);
    }
    placed.sort((a, b) => a.start - b.start);
    draw();
  };

  const refresh = async () => {
    const records = await loadHighlights(pageUrl());
    // A page with nothing saved doesn't pay for reading its whole text.
    if (records.length === 0 && placed.length === 0 && missing.length === 0) return;
    readPage();
    place(records);
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
      const message = 'Select some text on the page first, then save it.';
      showToast({ message, kind: 'error' });
      return { saved: false, message };
    }
    const matcher = getMatcher();
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
      title: document.title,
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
    const range = rangeFor(page, at.start, at.end);
    if (range) {
      placed = [...placed, { record, start: at.start, end: at.end, range }].sort(
        (a, b) => a.start - b.start,
      );
      draw();
    }
    document.getSelection()?.removeAllRanges();
    showToast({ message: 'Highlight saved. Find it in the popup under Highlights.', kind: 'ok' });
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
      message: 'Highlight deleted.',
      kind: 'ok',
      // Saving the record again brings it back; the storage listener places it.
      action: {
        label: 'Undo',
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
      if ((e.target as Element | null)?.localName === HOST_TAG) return;
      setTimeout(onSelectionEnd, 0);
    },
    { signal },
  );
  document.addEventListener(
    'keyup',
    (e) => {
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

  onHighlightsChanged(() => void refresh(), signal);
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
