// Describes a passage of page text with W3C-style selectors and finds it again later, even after
// the page changed a little: exact quote near its old position first, then anywhere with its
// context, then an approximate match scored on the quote, its prefix and suffix, and position
// (the approach of hypothesis/client's anchoring). A passage it can't place confidently is
// reported missing rather than put somewhere wrong.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Placement {
  start: number;
  end: number;
  /** 1 for an exact quote with matching context; lower for approximate placements. */
  score: number;
}

const CONTEXT = 32;

export function describeRange(text: string, start: number, end: number): TextTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Edit distance between `a` and the best-matching substring of `text[from, to)`, and where it ends. */
function bestSubstringMatch(
  a: string,
  text: string,
  from: number,
  to: number,
): { distance: number; end: number } {
  const m = a.length;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m]!;
  let bestEnd = from;
  for (let j = from; j < to; j++) {
    cur[0] = 0;
    const c = text.charCodeAt(j);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (a.charCodeAt(i - 1) === c ? 0 : 1);
      cur[i] = Math.min(sub, prev[i]! + 1, cur[i - 1]! + 1);
    }
    if (cur[m]! < best) {
      best = cur[m]!;
      bestEnd = j + 1;
    }
    [prev, cur] = [cur, prev];
  }
  return { distance: best, end: bestEnd };
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Approximate match of `exact` near `hint`: [start, end) and its edit distance. */
function approximateAt(
  text: string,
  exact: string,
  hint: number,
  slack: number,
): { start: number; end: number; distance: number } {
  const from = Math.max(0, hint - slack);
  const to = Math.min(text.length, hint + exact.length + slack);
  const forward = bestSubstringMatch(exact, text, from, to);
  // Run the same alignment backwards from the best end to find where the match starts.
  const before = reverse(text.slice(from, forward.end));
  const backward = bestSubstringMatch(reverse(exact), before, 0, before.length);
  return { start: forward.end - backward.end, end: forward.end, distance: forward.distance };
}

/** Similarity in [0, 1] of two short strings (1 = equal). */
function similarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 1;
  const d = bestSubstringMatch(a, b, 0, b.length).distance;
  return Math.max(0, 1 - d / Math.max(1, a.length));
}

function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const prefix = text.slice(Math.max(0, start - quote.prefix.length - 4), start);
  const suffix = text.slice(end, end + quote.suffix.length + 4);
  return (similarity(quote.prefix, prefix) + similarity(quote.suffix, suffix)) / 2;
}

function occurrences(text: string, needle: string, limit = 50): number[] {
  const out: number[] = [];
  for (
    let i = text.indexOf(needle);
    i >= 0 && out.length < limit;
    i = text.indexOf(needle, i + 1)
  ) {
    out.push(i);
  }
  return out;
}

/** The smallest quote similarity an approximate placement may have. */
const MIN_QUOTE_SIMILARITY = 0.8;
/** How much better than the runner-up a placement must be when the quote appears several times. */
const MIN_MARGIN = 0.1;

/**
 * Finds the passage `target` described in `text`, or undefined when it can't be placed with
 * confidence.
 */
export function anchor(text: string, target: TextTarget): Placement | undefined {
  const { quote, position } = target;
  const { exact } = quote;
  if (exact.length === 0) return undefined;

  // 1. Unchanged: the exact quote where it was.
  if (text.slice(position.start, position.end) === exact) {
    return { start: position.start, end: position.end, score: 1 };
  }

  // 2. The exact quote elsewhere: choose by context, then by closeness to the old position.
  const exactHits = occurrences(text, exact);
  if (exactHits.length > 0) {
    let best: Placement | undefined;
    for (const start of exactHits) {
      const ctx = contextScore(text, start, start + exact.length, quote);
      const near = 1 - Math.min(1, Math.abs(start - position.start) / Math.max(text.length, 1));
      const score = 0.8 * ctx + 0.2 * near;
      if (!best || score > best.score) best = { start, end: start + exact.length, score };
    }
    return best;
  }

  // 3. Approximate: seed candidate positions from pieces of the quote and its context that
  //    survived, align the quote there, and keep the best placement if it is clearly good.
  const slack = Math.max(16, Math.ceil(exact.length * 0.25));
  const candidates: Placement[] = [];
  const seen = new Set<string>();
  for (const seed of candidateStarts(text, quote, position.start, slack)) {
    if (seed < -slack || seed > text.length) continue;
    const m = snapToWords(text, approximateAt(text, exact, Math.max(0, seed), slack), quote);
    const key = `${m.start}:${m.end}`;
    if (seen.has(key) || m.end <= m.start) continue;
    seen.add(key);
    const quoteSim = 1 - m.distance / exact.length;
    if (quoteSim < MIN_QUOTE_SIMILARITY) continue;
    const ctx = contextScore(text, m.start, m.end, quote);
    const near = 1 - Math.min(1, Math.abs(m.start - position.start) / Math.max(text.length, 1));
    candidates.push({ start: m.start, end: m.end, score: 0.6 * quoteSim + 0.3 * ctx + 0.1 * near });
  }
  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (!best) return undefined;
  // Two different places that fit about as well: refuse rather than guess.
  const overlaps = second && second.start < best.end && second.end > best.start;
  if (second && !overlaps && best.score - second.score < MIN_MARGIN) return undefined;
  return best;
}

const WORD = /[\p{L}\p{N}]/u;
const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && WORD.test(s[i]!);

/**
 * Alignment may stop inside a changed word ("had expl|oited"); when the saved quote began and
 * ended on word boundaries, widen the placement to whole words again.
 */
function snapToWords<T extends { start: number; end: number }>(
  text: string,
  m: T,
  quote: TextQuoteSelector,
): T {
  let { start, end } = m;
  const startsOnBoundary =
    !isWordAt(quote.prefix, quote.prefix.length - 1) || !isWordAt(quote.exact, 0);
  const endsOnBoundary =
    !isWordAt(quote.suffix, 0) || !isWordAt(quote.exact, quote.exact.length - 1);
  if (startsOnBoundary)
    while (start > 0 && isWordAt(text, start - 1) && isWordAt(text, start)) start--;
  if (endsOnBoundary)
    while (end < text.length && isWordAt(text, end) && isWordAt(text, end - 1)) end++;
  // Nor should it gain or lose spaces at its edges that the quote didn't have.
  if (!/^\s/.test(quote.exact)) while (start < end && /\s/.test(text[start]!)) start++;
  if (!/\s$/.test(quote.exact)) while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...m, start, end };
}

/**
 * Where the quote may now start: every surviving piece of it (or of its context) votes for a
 * start; the most-voted places, plus the old position, are aligned in full.
 */
function candidateStarts(
  text: string,
  quote: TextQuoteSelector,
  oldStart: number,
  slack: number,
): number[] {
  const bucket = Math.max(8, slack);
  const votes = new Map<number, { votes: number; at: number }>();
  for (const piece of seedPieces(quote)) {
    for (const at of occurrences(text, piece.text, 20)) {
      const start = at - piece.offset;
      const key = Math.round(start / bucket);
      const v = votes.get(key);
      if (v) v.votes++;
      else votes.set(key, { votes: 1, at: start });
    }
  }
  const top = [...votes.values()].sort((a, b) => b.votes - a.votes).slice(0, MAX_ALIGNMENTS);
  return [oldStart, ...top.map((v) => v.at)];
}

const MAX_ALIGNMENTS = 8;

/** Pieces of the quote and its context to look for: words of 5+ letters, with their offsets. */
function seedPieces(quote: TextQuoteSelector): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  const add = (s: string, base: number) => {
    for (const m of s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]{4,}/gu)) {
      out.push({ text: m[0], offset: base + m.index! });
    }
  };
  add(quote.exact, 0);
  add(quote.prefix, -quote.prefix.length);
  add(quote.suffix, quote.exact.length);
  // Longest pieces first: they are the most selective.
  return out.sort((a, b) => b.text.length - a.text.length).slice(0, 12);
}
