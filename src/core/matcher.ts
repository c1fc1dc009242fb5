// Finds every glossary surface in a text in one left-to-right pass: a character trie over the
// folded surfaces, walked only from word starts, keeping the longest match that ends on a word
// boundary. Cost grows with the text, not with the size of the glossary. Chinese has no spaces:
// every Han character is a word start and a word boundary of its own (H20芯片, 华为Ascend), and
// the segmenter vetoes a Han match that cuts through a longer word.
import type { MatcherIndex } from '../glossary/compiled';
import {
  ASCII_FOLD,
  ASCII_WORD,
  foldCode,
  foldKeepingCase,
  isHan,
  isInlineSpace,
  isWordChar,
  SPACE,
} from './chars';
import { WordCutVeto } from './word-cut';

/** A surface found in the text: [start, end) offsets into the scanned string. */
export interface Candidate {
  surface: number;
  term: number;
  start: number;
  end: number;
}

/** A class, not object literals: every node has one shape, so the hot walk stays monomorphic. */
class TrieNode {
  next: Map<number, TrieNode> | null = null;
  /** Surfaces ending here, exact-case ones first so the stricter reading wins. */
  accepts: number[] | null = null;
}

/** FNV-1a over folded characters: words are hashed as they are skipped, allocation-free, and
 * kept to 30 bits so the set holds small integers, not heap numbers. */
const HASH_SEED = 2166136261;

export class Matcher {
  /** Surfaces grouped by the hash of their first word: a page word not in here starts nothing. */
  private readonly byFirstWord = new Map<number, number[]>();
  /** One small trie per first word, built the first time a page uses that word. */
  private readonly tries = new Map<number, TrieNode>();
  private exactText: (string | undefined)[] | undefined;
  /** Han-edged matches are checked against the word segmenter; counts what it rejected. */
  readonly wordCuts: WordCutVeto | undefined;

  /** Surfaces, then topic words: an id past the last surface is a topic word. */
  private readonly texts: string[];
  private readonly signalBase: number;

  /** `segmenterVeto: false` turns the veto off, to measure what it adds. */
  constructor(
    readonly index: MatcherIndex,
    options: { segmenterVeto?: boolean } = {},
  ) {
    this.wordCuts = options.segmenterVeto === false ? undefined : new WordCutVeto();
    this.signalBase = index.surfaces.length;
    this.texts = [
      ...index.surfaces.map((s) => s.text),
      ...(index.signals ?? []).map((s) => s.text),
    ];
    this.texts.forEach((text, i) => {
      const hash = firstWordHash(text);
      const bucket = this.byFirstWord.get(hash);
      if (bucket) bucket.push(i);
      else this.byFirstWord.set(hash, [i]);
    });
  }

  private trieFor(hash: number): TrieNode {
    let root = this.tries.get(hash);
    if (root) return root;
    const { surfaces, signals = [] } = this.index;
    this.exactText ??= [...surfaces, ...signals].map((s) =>
      s.exact ? foldKeepingCase(s.text) : undefined,
    );
    const exact = this.exactText;
    root = new TrieNode();
    for (const i of this.byFirstWord.get(hash)!) {
      let node = root;
      let lastWasSpace = false;
      const text = this.texts[i]!;
      for (let k = 0; k < text.length; k++) {
        const code = foldCode(text.charCodeAt(k));
        if (code === SPACE) {
          // Spaces beside Han are optional in the page (英伟达 H20, 英伟达H20): none in the trie.
          if (lastWasSpace || isHan(text.charCodeAt(k - 1)) || isHan(text.charCodeAt(k + 1))) {
            continue;
          }
          lastWasSpace = true;
        } else lastWasSpace = false;
        node.next ??= new Map();
        let child = node.next.get(code);
        if (!child) {
          child = new TrieNode();
          node.next.set(code, child);
        }
        node = child;
      }
      node.accepts ??= [];
      node.accepts.push(i);
      // Exact-case readings first, and glossary surfaces before topic words of the same text.
      node.accepts.sort(
        (a, b) =>
          Number(exact[b] !== undefined) - Number(exact[a] !== undefined) ||
          Number(a >= this.signalBase) - Number(b >= this.signalBase),
      );
    }
    this.tries.set(hash, root);
    return root;
  }

  /**
   * All candidates starting in [from, to), in text order, leftmost-longest, never overlapping.
   * Each word is hashed while it is skipped; the trie is walked only from words that begin
   * some surface, so ordinary prose costs one set lookup per word. Topic words found on the way
   * go to `signals` when given (their `term` is the topic word's index), and are skipped if not.
   */
  findAll(text: string, from = 0, to = text.length, signals?: Candidate[]): Candidate[] {
    const out: Candidate[] = [];
    const n = text.length;
    const byFirstWord = this.byFirstWord;
    let i = from;
    // The loop is written flat (tables, no calls on the ASCII path): it touches every character
    // of the page, and most of it runs before the JIT has warmed up.
    while (i < to) {
      let code = text.charCodeAt(i);
      const start = i;
      let hash = HASH_SEED;
      if (code < 128) {
        if (ASCII_WORD[code] === 0) {
          i++;
          continue;
        }
      } else if (isHan(code)) {
        hash = Math.imul(hash ^ code, 16777619);
        i++;
      } else if (!isWordChar(code)) {
        i++;
        continue;
      }
      if (i === start) {
        for (;;) {
          hash = Math.imul(hash ^ (code < 128 ? ASCII_FOLD[code]! : foldCode(code)), 16777619);
          if (++i >= n) break;
          code = text.charCodeAt(i);
          if (code < 128 ? ASCII_WORD[code] === 0 : isHan(code) || !isWordChar(code)) break;
        }
      }
      const key = hash & 0x3fffffff;
      if (!byFirstWord.has(key)) continue;
      const found = this.longestAt(text, start, this.trieFor(key), n);
      if (found) {
        if (found.surface < this.signalBase) out.push(found);
        else signals?.push(found);
        i = found.end;
      }
    }
    return out;
  }

  /** The longest acceptable surface at `start` ending at or before `limit`. */
  private longestAt(
    text: string,
    start: number,
    root: TrieNode,
    limit: number,
  ): Candidate | undefined {
    let node: TrieNode | undefined = root;
    let j = start;
    let best: Candidate | undefined;
    while (j < limit && node?.next) {
      const code = foldCode(text.charCodeAt(j));
      const child: TrieNode | undefined = node.next.get(code);
      if (!child) {
        // Spaces the surface leaves out beside Han: "英伟达 H20" for 英伟达H20, "H20 芯片".
        if (code !== SPACE) break;
        let k = j + 1;
        while (k < limit && isInlineSpace(text.charCodeAt(k))) k++;
        if (!isHan(text.charCodeAt(j - 1)) && !isHan(text.charCodeAt(k))) break;
        j = k;
        continue;
      }
      node = child;
      j++;
      if (code === SPACE) {
        // A run of spaces in the page is one space in a surface.
        while (j < limit && isInlineSpace(text.charCodeAt(j))) j++;
        continue;
      }
      if (node.accepts && endsWord(text, j)) {
        const surface = this.acceptable(node.accepts, text, start, j);
        if (surface !== undefined) {
          const term =
            surface < this.signalBase
              ? this.index.surfaces[surface]!.term
              : surface - this.signalBase;
          best = { surface, term, start, end: j };
        }
      }
    }
    // A Han match that cuts a longer word (大基金 in 扩大基金) gives way to a shorter one here.
    if (best && this.wordCuts?.cuts(text, best.start, best.end)) {
      return best.end - 1 > start ? this.longestAt(text, start, root, best.end - 1) : undefined;
    }
    return best;
  }

  private acceptable(
    accepts: number[],
    text: string,
    start: number,
    end: number,
  ): number | undefined {
    let slice: string | undefined;
    let folded: string | undefined;
    for (const s of accepts) {
      const exact = this.exactText![s];
      if (exact === undefined) return s;
      // Usually the page spells it exactly as the glossary does; fold only when it doesn't.
      slice ??= text.slice(start, end);
      if (slice === exact) return s;
      folded ??= foldKeepingCase(slice);
      if (folded === exact) return s;
    }
    return undefined;
  }
}

/** A word may end at `j`: the text ends, a non-word character follows, or Han is on either side. */
function endsWord(text: string, j: number): boolean {
  if (j === text.length) return true;
  const next = text.charCodeAt(j);
  if (next < 128) return ASCII_WORD[next] === 0 || isHan(text.charCodeAt(j - 1));
  return isHan(next) || !isWordChar(next) || isHan(text.charCodeAt(j - 1));
}

/** The hash `findAll` computes for the first word of a surface (one character, for Han). */
function firstWordHash(text: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      if (i === 0) hash = Math.imul(hash ^ code, 16777619);
      break;
    }
    if (!isWordChar(code)) break;
    hash = Math.imul(hash ^ foldCode(code), 16777619);
  }
  return hash & 0x3fffffff;
}
