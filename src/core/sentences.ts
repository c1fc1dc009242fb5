// Sentence bounds around an offset, found by scanning outwards: cheap, and only ever run for
// the handful of ambiguous candidates on a page.
import { BLOCK_SEPARATOR } from './chars';

const MAX_REACH = 400;

function isTerminator(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === BLOCK_SEPARATOR) return true;
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
