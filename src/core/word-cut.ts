// Rejects a Han match that begins or ends inside a longer word (大基金 in 扩大基金, 华为 in 中华为,
// 算力 in 计算力). The platform's word segmenter decides, and only ever as a veto: it splits names
// it does not know (英伟|达, 芯|片), so it can say where a word does not end, never find a term.
import { isHan } from './chars';

/** Han characters read on each side of a match: enough context for the segmenter's dictionary. */
const CONTEXT = 6;

export class WordCutVeto {
  private segmenter: Intl.Segmenter | null | undefined;
  /** Decisions by window: pages repeat their phrases, and the segmenter is the costly part. */
  private readonly decided = new Map<string, boolean>();
  /** How many matches were rejected, for the corpus report. */
  rejected = 0;

  /**
   * True when [start, end) cuts a word of `text`: a Han edge of the match that the segmenter
   * does not see as a word boundary. Edges next to spaces, punctuation or Latin are never cuts.
   */
  cuts(text: string, start: number, end: number): boolean {
    const checkStart =
      start > 0 && isHan(text.charCodeAt(start - 1)) && isHan(text.charCodeAt(start));
    const checkEnd =
      end < text.length && isHan(text.charCodeAt(end)) && isHan(text.charCodeAt(end - 1));
    if (!checkStart && !checkEnd) return false;
    const segmenter = this.getSegmenter();
    if (!segmenter) return false;
    let from = start;
    while (from > 0 && start - from < CONTEXT && isHan(text.charCodeAt(from - 1))) from--;
    let to = end;
    while (to < text.length && to - end < CONTEXT && isHan(text.charCodeAt(to))) to++;
    const key = `${start - from}|${end - from}|${checkStart ? 1 : 0}${checkEnd ? 1 : 0}|${text.slice(from, to)}`;
    let cut = this.decided.get(key);
    if (cut === undefined) {
      const segments = segmenter.segment(text.slice(from, to));
      cut =
        (checkStart && segments.containing(start - from)!.index !== start - from) ||
        (checkEnd && segmentEnd(segments, end - 1 - from) !== end - from);
      this.decided.set(key, cut);
    }
    if (cut) this.rejected++;
    return cut;
  }

  private getSegmenter(): Intl.Segmenter | null {
    if (this.segmenter === undefined) {
      // A platform without the segmenter keeps every match rather than failing the page.
      this.segmenter =
        typeof Intl.Segmenter === 'function'
          ? new Intl.Segmenter('zh', { granularity: 'word' })
          : null;
    }
    return this.segmenter;
  }
}

function segmentEnd(segments: Intl.Segments, at: number): number {
  const s = segments.containing(at)!;
  return s.index + s.segment.length;
}
