// Finds every glossary surface in a text in one left-to-right pass: a character trie over the
// folded surfaces, walked only from word starts, keeping the longest match that ends on a word
// boundary. Cost grows with the text, not with the size of the glossary.
import type { MatcherIndex } from '../glossary/compiled';
import { foldCode, foldKeepingCase, isInlineSpace, isWordChar, SPACE } from './chars';

/** A surface found in the text: [start, end) offsets into the scanned string. */
export interface Candidate {
  surface: number;
  term: number;
  start: number;
  end: number;
}

interface TrieNode {
  next?: Map<number, TrieNode>;
  /** Surfaces ending here, exact-case ones first so the stricter reading wins. */
  accepts?: number[];
}

export class Matcher {
  private readonly root: TrieNode = {};
  private readonly exactText: (string | undefined)[];

  constructor(readonly index: MatcherIndex) {
    this.exactText = index.surfaces.map((s) => (s.exact ? foldKeepingCase(s.text) : undefined));
    index.surfaces.forEach((surface, i) => {
      let node = this.root;
      let lastWasSpace = false;
      for (const ch of surface.text) {
        const code = foldCode(ch.charCodeAt(0));
        if (code === SPACE) {
          if (lastWasSpace) continue;
          lastWasSpace = true;
        } else lastWasSpace = false;
        node.next ??= new Map();
        let child = node.next.get(code);
        if (!child) {
          child = {};
          node.next.set(code, child);
        }
        node = child;
      }
      node.accepts ??= [];
      node.accepts.push(i);
      node.accepts.sort(
        (a, b) => Number(index.surfaces[b]!.exact) - Number(index.surfaces[a]!.exact),
      );
    });
  }

  /** All candidates, in text order, leftmost-longest, never overlapping. */
  findAll(text: string): Candidate[] {
    const out: Candidate[] = [];
    const n = text.length;
    const rootNext = this.root.next;
    if (!rootNext) return out;
    let i = 0;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (!isWordChar(code)) {
        i++;
        continue;
      }
      const found = rootNext.has(foldCode(code)) ? this.longestAt(text, i) : undefined;
      if (found) {
        out.push(found);
        i = found.end;
        continue;
      }
      // No surface starts here: skip the rest of this word.
      i++;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
    }
    return out;
  }

  private longestAt(text: string, start: number): Candidate | undefined {
    const n = text.length;
    let node: TrieNode | undefined = this.root;
    let j = start;
    let best: Candidate | undefined;
    while (j < n && node?.next) {
      const code = foldCode(text.charCodeAt(j));
      node = node.next.get(code);
      if (!node) break;
      j++;
      if (code === SPACE) {
        // A run of spaces in the page is one space in a surface.
        while (j < n && isInlineSpace(text.charCodeAt(j))) j++;
        continue;
      }
      if (node.accepts && (j === n || !isWordChar(text.charCodeAt(j)))) {
        const surface = this.acceptable(node.accepts, text, start, j);
        if (surface !== undefined) {
          best = { surface, term: this.index.surfaces[surface]!.term, start, end: j };
        }
      }
    }
    return best;
  }

  private acceptable(
    accepts: number[],
    text: string,
    start: number,
    end: number,
  ): number | undefined {
    let folded: string | undefined;
    for (const s of accepts) {
      const exact = this.exactText[s];
      if (exact === undefined) return s;
      folded ??= foldKeepingCase(text.slice(start, end));
      if (folded === exact) return s;
    }
    return undefined;
  }
}
