// Rejects a Han match that begins or ends inside a longer word (大基金 in 扩大基金, 华为 in 中华为,
// 算力 in 计算力). The platform's word segmenter decides, and only ever as a veto: it splits names
// it does not know (英伟|达, 芯|片), so it can say where a word does not end, never find a term.
import { isHan } from './chars';

/** Han characters read on each side of a match: enough context for the segmenter's dictionary. */
const CONTEXT = 6;
const MAX_EXAMPLES = 20;

export class WordCutVeto {
  private segmenter: Intl.Segmenter | null | undefined;
  /** Decisions by window: pages repeat their phrases, and the segmenter is the costly part. */
  private readonly decided = new Map<string, boolean>();
  /** How many matches were rejected, and the first few in context, for the corpus report. */
  rejected = 0;
  readonly examples: string[] = [];

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
    let decided = this.decided.get(key);
    if (decided === undefined) {
      const segments = segmenter.segment(text.slice(from, to));
      const s = start - from;
      const e = end - from;
      // The segmenter glues a neighbour onto a name it does not know (对台|积|电, 紫外光|刻|机,
      // 安全局在), so an edge counts as cut only when it knows the words on both sides: at the
      // start, a word across the edge followed by a word ending the match (扩大|基金 for 大基金);
      // at the end, a word that holds the whole match and runs past it (星火燎原 for 星火).
      let cut = false;
      if (checkStart) {
        const across = segments.containing(s)!;
        const after = across.index + across.segment.length;
        if (across.index < s && after < e) {
          const rest = segments.containing(after)!;
          cut = rest.segment.length > 1 && rest.index + rest.segment.length === e;
        }
      }
      if (!cut && checkEnd) {
        const last = segments.containing(e - 1)!;
        cut = last.index <= s && last.index + last.segment.length > e;
      }
      this.decided.set(key, cut);
      decided = cut;
    }
    const cut = decided;
    if (cut && this.rejected++ < MAX_EXAMPLES) {
      this.examples.push(
        `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`,
      );
    }
    return cut;
  }

  /**
   * Builds the segmenter and has it cut a phrase now, so that the platform's dictionary loads
   * at a moment of the caller's choosing rather than inside the first match that needs it.
   */
  prepare(): void {
    const segmenter = this.getSegmenter();
    segmenter?.segment('英伟达芯片').containing(0);
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
