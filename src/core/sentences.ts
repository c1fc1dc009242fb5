// Sentence bounds around an offset, found by scanning outwards: cheap, and only ever run for
// the handful of ambiguous candidates on a page.
import { BLOCK_SEPARATOR, isHan } from './chars';

const MAX_REACH = 400;

/** 。！？； and their full-width forms end a Chinese sentence with no space after them. */
const CHINESE_TERMINATORS = new Set(['。', '！', '？', '；', '｡']);

function isTerminator(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === BLOCK_SEPARATOR || CHINESE_TERMINATORS.has(ch!)) return true;
  // A line break ends a Chinese line; in English prose it is only where the source wrapped.
  if (ch === '\n') return isHan(text.charCodeAt(i - 1)) || CHINESE_TERMINATORS.has(text[i - 1]!);
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  const after = text.charCodeAt(i + 1);
  // "U.S." and "3.5" are not sentence ends: a terminator must be followed by a space.
  return Number.isNaN(after) || after === 32 || after === 10 || after === 0xa0 || after === 0x2029;
}

export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  const minS = Math.max(0, start - MAX_REACH);
  while (s > minS && !isTerminator(text, s - 1)) s--;
  let e = end;
  const maxE = Math.min(text.length, end + MAX_REACH);
  while (e < maxE && !isTerminator(text, e)) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}
