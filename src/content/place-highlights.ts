// Places saved highlights on the page text without ever holding the page up: records are
// anchored in slices of a few milliseconds with a yield between slices, those nearest the
// reader's view first. A highlight whose passage and context read exactly as when it was last
// placed is moved by the shift of that text alone; only highlights whose text changed go
// through the full search.
import { anchor, type Placement } from '../core/anchoring';
import type { HighlightRecord } from '../core/highlights';
import { type PageText, rangeFor } from '../page/collect';

export interface PlacedHighlight {
  record: HighlightRecord;
  start: number;
  end: number;
  range: StaticRange;
  /** Placed by an approximate match: the quote or its context changed since it was saved. */
  approximate: boolean;
}

export interface Placing {
  placed: PlacedHighlight[];
  missing: HighlightRecord[];
}

/** Work per slice before yielding: well under the 50 ms that counts as a long task. */
const SLICE_MS = 8;
/** Context kept around a placed passage to recognise it unchanged on the next pass. */
const WINDOW = 32;

/** What a placed highlight looked like in the text it was placed in. */
interface Remembered {
  window: string;
  offset: number;
  length: number;
  approximate: boolean;
}

export interface PlacementMemory {
  byId: Map<string, Remembered>;
}

export const emptyMemory = (): PlacementMemory => ({ byId: new Map() });

/** Which record was placed where, so an unchanged passage needs no search next time. */
function remember(memory: PlacementMemory, text: string, p: PlacedHighlight): void {
  const from = Math.max(0, p.start - WINDOW);
  memory.byId.set(p.record.id, {
    window: text.slice(from, p.end + WINDOW),
    offset: p.start - from,
    length: p.end - p.start,
    approximate: p.approximate,
  });
}

/** The earlier placement, if its passage and context are still there, once and unchanged. */
function unchangedPlacement(text: string, seen: Remembered | undefined): Placement | undefined {
  // Approximate placements are searched again: a better place may have appeared elsewhere.
  if (!seen || seen.approximate) return undefined;
  const at = text.indexOf(seen.window);
  if (at < 0 || text.indexOf(seen.window, at + 1) >= 0) return undefined;
  const start = at + seen.offset;
  return { start, end: start + seen.length, score: 1, approximate: false };
}

export interface PlaceOptions {
  /** Text offset the reader is looking at: records saved nearest to it are placed first. */
  viewOffset: number;
  pause: () => Promise<void>;
  /** Called after the first slice (what the reader sees) and at the end, to draw. */
  draw: (placing: Placing) => void;
  /** True once a newer pass has started: this one stops at its next pause. */
  superseded: () => boolean;
  now?: () => number;
}

/** Places every record; resolves undefined if superseded by a newer pass. */
export async function placeHighlights(
  page: PageText,
  records: readonly HighlightRecord[],
  memory: PlacementMemory,
  options: PlaceOptions,
): Promise<Placing | undefined> {
  const now = options.now ?? (() => performance.now());
  // Position hints count code points; near enough to order by distance from the view.
  const ordered = [...records].sort(
    (a, b) =>
      Math.abs(a.target.position.start - options.viewOffset) -
      Math.abs(b.target.position.start - options.viewOffset),
  );
  const placing: Placing = { placed: [], missing: [] };
  const next = emptyMemory();
  let sliceStart = now();
  let drawnOnce = false;
  for (const record of ordered) {
    if (now() - sliceStart > SLICE_MS) {
      if (!drawnOnce) {
        options.draw(sorted(placing));
        drawnOnce = true;
      }
      await options.pause();
      if (options.superseded()) return undefined;
      sliceStart = now();
    }
    const at =
      unchangedPlacement(page.text, memory.byId.get(record.id)) ?? anchor(page.text, record.target);
    const range = at && rangeFor(page, at.start, at.end);
    if (at && range) {
      const p = { record, start: at.start, end: at.end, range, approximate: at.approximate };
      placing.placed.push(p);
      remember(next, page.text, p);
    } else placing.missing.push(record);
  }
  memory.byId = next.byId;
  const done = sorted(placing);
  options.draw(done);
  return done;
}

function sorted(p: Placing): Placing {
  return { placed: [...p.placed].sort((a, b) => a.start - b.start), missing: p.missing };
}

/** A freshly saved selection is placed where it is, and remembered like any other. */
export function placeNew(
  page: PageText,
  record: HighlightRecord,
  start: number,
  end: number,
  memory: PlacementMemory,
): PlacedHighlight | undefined {
  const range = rangeFor(page, start, end);
  if (!range) return undefined;
  const p = { record, start, end, range, approximate: false };
  remember(memory, page.text, p);
  return p;
}
