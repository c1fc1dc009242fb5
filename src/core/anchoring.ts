// Describes a passage of page text with W3C selectors and finds it again later, even after the
// page changed. Finding is one scored search: every candidate place (each exact occurrence of
// the quote, the closest approximate matches anywhere, and approximate matches next to where
// its prefix, its suffix or its old position now are) is scored on how much the quote, the
// prefix and the suffix look like what was saved. The old position only breaks ties. A passage
// whose best place is not convincing is reported missing rather than put somewhere wrong.
//
// Offsets inside the extension count UTF-16 units (JavaScript strings); TextPositionSelector
// counts Unicode code points, as the W3C Web Annotation model says, so exports read correctly
// in other W3C tools.
import search from 'approx-string-match';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets in Unicode code points of the page text (W3C). */
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
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** How sure the placement is, in [0, 1]: 1 for the quote and its context exactly as saved. */
  score: number;
  /** True when the quote or its context differ from what was saved. */
  approximate: boolean;
}

const CONTEXT = 32;

/** Weights of the quote's likeness, its prefix's and its suffix's in a candidate's score. */
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
/** A placement must score at least this; below, the passage is reported missing. */
export const MIN_SCORE = 0.72;
/** ...and its quote must be at least this alike (1 − errors / length). */
const MIN_QUOTE_LIKENESS = 0.5;
/** Below MIN_SCORE, a placement this good still counts when it is near and has no rival. */
const MIN_NEAR_SCORE = 0.6;
const NEAR_CHARS = 3_000;
const NEAR_SHARE = 0.05;
const RIVAL_MARGIN = 0.15;
/** Scores closer than this are a tie, which the old position decides. */
const TIE = 1e-6;
/** Windows searched per surviving piece: more would only repeat what the full search found. */
const MAX_CONTEXT_WINDOWS = 64;

// --- Code points and UTF-16 -----------------------------------------------------------------

let pairsOf: { text: string; pairs: Int32Array } | undefined;

/** UTF-16 indexes where surrogate pairs start, for converting offsets (cached for one text). */
function surrogatePairs(text: string): Int32Array {
  if (pairsOf?.text === text) return pairsOf.pairs;
  const found: number[] = [];
  if (/[\uD800-\uDBFF]/.test(text)) {
    for (let i = 0; i < text.length - 1; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) found.push(i++);
      }
    }
  }
  const pairs = Int32Array.from(found);
  pairsOf = { text, pairs };
  return pairs;
}

/** How many pairs start before UTF-16 index `i`. */
function pairsBefore(pairs: Int32Array, i: number): number {
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function toCodePoints(text: string, utf16: number): number {
  return utf16 - pairsBefore(surrogatePairs(text), utf16);
}

export function toUtf16(text: string, codePoint: number): number {
  const pairs = surrogatePairs(text);
  // The k-th pair sits at code point pairs[k] - k; count those before `codePoint`.
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid]! - mid < codePoint) lo = mid + 1;
    else hi = mid;
  }
  return codePoint + lo;
}

// --- Describing -----------------------------------------------------------------------------

/** Selectors for [start, end) of `text` (UTF-16 offsets in, code points in the position). */
export function describeRange(text: string, start: number, end: number): TextTarget {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: {
      type: 'TextPositionSelector',
      start: toCodePoints(text, start),
      end: toCodePoints(text, end),
    },
  };
}

// --- Likeness of context --------------------------------------------------------------------

/**
 * Edit distance between `expected` and the best-fitting end of `actual` (when `atEnd`) or
 * start of `actual`: the context must touch the candidate, but may have shifted a little.
 */
function contextDistance(expected: string, actual: string, atEnd: boolean): number {
  const m = expected.length;
  const n = actual.length;
  if (m === 0) return 0;
  if (n === 0) return m;
  // Rows over `expected`, read from the side that touches the candidate.
  let prev = new Uint16Array(n + 1);
  let cur = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const e = atEnd ? expected.charCodeAt(m - i) : expected.charCodeAt(i - 1);
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const a = atEnd ? actual.charCodeAt(n - j) : actual.charCodeAt(j - 1);
      const sub = prev[j - 1]! + (a === e ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

function prefixLikeness(text: string, start: number, prefix: string): number {
  if (prefix.length === 0) return 1;
  const before = text.slice(Math.max(0, start - prefix.length - 8), start);
  return 1 - contextDistance(prefix, before, true) / prefix.length;
}

function suffixLikeness(text: string, end: number, suffix: string): number {
  if (suffix.length === 0) return 1;
  const after = text.slice(end, end + suffix.length + 8);
  return 1 - contextDistance(suffix, after, false) / suffix.length;
}

// --- Candidates -----------------------------------------------------------------------------

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Every exact occurrence of `needle`, without limit. */
function exactHits(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * The most errors a match may have to be worth scoring: half the quote, as far as 256 (past
 * that the search costs more and a match would score too low to be placed anyway).
 */
const maxErrorsFor = (length: number) =>
  Math.min(MAX_SEARCH_ERRORS, Math.floor(length * (1 - MIN_QUOTE_LIKENESS)));
const MAX_SEARCH_ERRORS = 256;

/** The closest approximate matches of `exact` inside text[from, to). */
function approximateIn(text: string, exact: string, from: number, to: number): Candidate[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  if (hi - lo <= 0) return [];
  const window = lo === 0 && hi === text.length ? text : text.slice(lo, hi);
  return search(window, exact, maxErrorsFor(exact.length)).map((m) => ({
    start: m.start + lo,
    end: m.end + lo,
    errors: m.errors,
  }));
}

/** Length of the pieces of quote and context looked up exactly to find where the quote went. */
const SEED = 12;

/**
 * Where the quote may start now, judged from pieces that survived: the end of its prefix, the
 * start of its suffix, and its own first and last words, each found exactly (a fast scan).
 */
function seedStarts(text: string, quote: TextQuoteSelector, hint: number): number[] {
  const { exact, prefix, suffix } = quote;
  const pieces: { piece: string; offset: number }[] = [];
  const add = (piece: string, offset: number) => {
    if (piece.trim().length >= 6) pieces.push({ piece, offset });
  };
  add(prefix.slice(-SEED), -Math.min(SEED, prefix.length));
  add(suffix.slice(0, SEED), exact.length);
  add(exact.slice(0, SEED), 0);
  if (exact.length > SEED) add(exact.slice(-SEED), exact.length - SEED);
  const starts: number[] = [];
  for (const { piece, offset } of pieces) {
    const hits = exactHits(text, piece).map((at) => ({ start: at - offset }));
    for (const h of nearest(hits, hint, MAX_CONTEXT_WINDOWS)) starts.push(h.start);
  }
  return starts;
}

function nearest<T extends { start: number }>(items: T[], hint: number, count: number): T[] {
  if (items.length <= count) return items;
  return [...items]
    .sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint))
    .slice(0, count);
}

/** The closest approximate matches anywhere in the text. */
function globalCandidates(text: string, quote: TextQuoteSelector): Candidate[] {
  return approximateIn(text, quote.exact, 0, text.length);
}

/**
 * The closest matches anywhere can miss the right place when the quote was edited more than a
 * look-alike elsewhere: look again where surviving pieces of it and its context put it, and
 * where it was.
 */
function nearbyCandidates(text: string, quote: TextQuoteSelector, hint: number): Candidate[] {
  const { exact } = quote;
  const slack = Math.max(16, Math.ceil(exact.length / 4));
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const start of [hint, ...seedStarts(text, quote, hint)]) {
    const bucket = Math.round(start / slack);
    if (seen.has(bucket)) continue;
    seen.add(bucket);
    out.push(...approximateIn(text, exact, start - slack, start + exact.length + slack));
  }
  return out;
}

// --- Scoring and choosing -------------------------------------------------------------------

interface Scored extends Candidate {
  score: number;
  quoteLikeness: number;
}

function scoreCandidate(text: string, c: Candidate, quote: TextQuoteSelector): Scored {
  const quoteLikeness = 1 - c.errors / quote.exact.length;
  let total = QUOTE_WEIGHT * quoteLikeness;
  let weight = QUOTE_WEIGHT;
  // A saved quote with no prefix began the page; one with no suffix ended it: no evidence.
  if (quote.prefix.length > 0) {
    total += CONTEXT_WEIGHT * prefixLikeness(text, c.start, quote.prefix);
    weight += CONTEXT_WEIGHT;
  }
  if (quote.suffix.length > 0) {
    total += CONTEXT_WEIGHT * suffixLikeness(text, c.end, quote.suffix);
    weight += CONTEXT_WEIGHT;
  }
  return { ...c, score: total / weight, quoteLikeness };
}

/** The best candidate; among equal scores, the one nearest the old position. */
function choose(scored: Scored[], hint: number): Scored | undefined {
  let best: Scored | undefined;
  for (const c of scored) {
    if (
      !best ||
      c.score > best.score + TIE ||
      (c.score >= best.score - TIE && Math.abs(c.start - hint) < Math.abs(best.start - hint))
    ) {
      best = c;
    }
  }
  return best;
}

/**
 * Whether the best candidate may be placed. A high score is enough. A middling one (a short
 * quote with two words changed scores about 0.65) is enough only with two more signs: it is
 * near where the passage was, and nothing else scored close to it.
 */
function convincing(best: Scored, all: readonly Scored[], hint: number, length: number): boolean {
  if (best.quoteLikeness < MIN_QUOTE_LIKENESS) return false;
  if (best.score >= MIN_SCORE) return true;
  if (best.score < MIN_NEAR_SCORE) return false;
  const near = Math.abs(best.start - hint) <= Math.max(NEAR_CHARS, length * NEAR_SHARE);
  const rival = all.some(
    (c) =>
      c !== best &&
      (c.end <= best.start || c.start >= best.end) &&
      c.score >= best.score - RIVAL_MARGIN,
  );
  return near && !rival;
}

/**
 * Finds the passage `target` describes in `text`, or undefined when no place is convincing.
 */
export function anchor(text: string, target: TextTarget): Placement | undefined {
  const { quote } = target;
  const { exact, prefix, suffix } = quote;
  if (exact.length === 0 || text.length === 0) return undefined;
  const hint = toUtf16(text, Math.max(0, target.position.start));

  // Quote and context exactly as saved: nothing can score higher, only tie.
  const whole = exactHits(text, prefix + exact + suffix);
  if (whole.length > 0) {
    const at = whole.reduce((a, b) =>
      Math.abs(b + prefix.length - hint) < Math.abs(a + prefix.length - hint) ? b : a,
    );
    const start = at + prefix.length;
    return { start, end: start + exact.length, score: 1, approximate: false };
  }

  const seen = new Set<string>();
  const scored: Scored[] = [];
  const consider = (c: Candidate) => {
    const snapped = snapToWords(text, c, quote);
    if (snapped.end <= snapped.start) return;
    const key = `${snapped.start}:${snapped.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    scored.push(scoreCandidate(text, snapped, quote));
  };
  for (const start of exactHits(text, exact))
    consider({ start, end: start + exact.length, errors: 0 });
  // An approximate match scores below an exact one with the same context, so it can only win
  // when no exact occurrence has its context intact.
  const bestExact = choose(scored, hint);
  const contextMax = QUOTE_WEIGHT + (prefix ? CONTEXT_WEIGHT : 0) + (suffix ? CONTEXT_WEIGHT : 0);
  const approxCeiling = (contextMax - QUOTE_WEIGHT / exact.length) / contextMax;
  if (!bestExact || bestExact.score < approxCeiling) {
    const found = globalCandidates(text, quote);
    for (const c of found) consider(c);
    // The full search returns the fewest errors there are, so a match found near a surviving
    // piece has at least as many: when the best so far already has its whole context, such a
    // match could only tie, never win, and the (costly, for long quotes) look is skipped.
    const leader = choose(scored, hint);
    const fewest = Math.min(...found.map((c) => c.errors));
    const ceiling = (contextMax - (QUOTE_WEIGHT * fewest) / exact.length) / contextMax;
    if (!leader || leader.score < ceiling - 1e-9) {
      for (const c of nearbyCandidates(text, quote, hint)) consider(c);
    }
  }

  const best = choose(scored, hint);
  if (!best || !convincing(best, scored, hint, text.length)) return undefined;
  return {
    start: best.start,
    end: best.end,
    score: best.score,
    approximate: best.score < 1,
  };
}

const WORD = /[\p{L}\p{N}]/u;
const isWordAt = (s: string, i: number) => i >= 0 && i < s.length && WORD.test(s[i]!);

/**
 * An approximate match may stop inside a changed word ("had expl|oited"); when the saved quote
 * began and ended on word boundaries, widen it to whole words again, and drop spaces at its
 * edges the quote didn't have.
 */
function snapToWords(text: string, m: Candidate, quote: TextQuoteSelector): Candidate {
  if (m.errors === 0) return m;
  let { start, end } = m;
  const startsOnBoundary =
    !isWordAt(quote.prefix, quote.prefix.length - 1) || !isWordAt(quote.exact, 0);
  const endsOnBoundary =
    !isWordAt(quote.suffix, 0) || !isWordAt(quote.exact, quote.exact.length - 1);
  if (startsOnBoundary)
    while (start > 0 && isWordAt(text, start - 1) && isWordAt(text, start)) start--;
  if (endsOnBoundary)
    while (end < text.length && isWordAt(text, end) && isWordAt(text, end - 1)) end++;
  if (!/^\s/.test(quote.exact)) while (start < end && /\s/.test(text[start]!)) start++;
  if (!/\s$/.test(quote.exact)) while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, errors: m.errors };
}
