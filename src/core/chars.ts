// Character classes shared by the matcher and the sentence finder. Pages mix curly and straight
// quotes, several dashes, non-breaking and ideographic spaces and full-width Latin letters and
// punctuation (Ｈ２０，); all of them fold to one plain form here.

/** Inserted between text blocks so that no match or sentence crosses a block boundary. */
export const BLOCK_SEPARATOR = '\u2029';
const BLOCK_SEPARATOR_CODE = 0x2029;
export const SPACE = 32;

const wordCache = new Map<number, boolean>();
const WORD = /[\p{L}\p{N}\p{M}]/u;
/** 1 for ASCII letters and digits: the hot loops read this table instead of calling. */
export const ASCII_WORD = new Uint8Array(128);
/** `foldCode` for ASCII, as a table. */
export const ASCII_FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  ASCII_FOLD[c] =
    c >= 65 && c <= 90 ? c + 32 : c === 45 || c === 9 || c === 10 || c === 13 ? 32 : c;
}

/**
 * Han ideographs (the basic block, extension A and the compatibility block). Each one is a word
 * of its own to the matcher: Chinese puts no spaces between words.
 */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Letters, digits and combining marks: the characters a term cannot be glued to. */
export function isWordChar(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  let known = wordCache.get(code);
  if (known === undefined) {
    known = WORD.test(String.fromCharCode(code));
    wordCache.set(code, known);
  }
  return known;
}

/** Inline whitespace: folds to one space and never crosses a block. */
export function isInlineSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2007 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

function isDash(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

/**
 * The key the matcher compares: lower case, hyphens and spaces as one space (so "open-weight"
 * finds "open weight"), curly quotes straight. Block separators are returned unchanged.
 */
export function foldCode(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return code + 32;
    if (code === 45 || code === 9 || code === 10 || code === 13) return SPACE;
    return code;
  }
  if (isHan(code) || code === BLOCK_SEPARATOR_CODE) return code;
  // Full-width Latin letters, digits and punctuation read as their ASCII forms.
  if (code >= 0xff01 && code <= 0xff5e) return foldCode(code - 0xfee0);
  if (isInlineSpace(code) || isDash(code)) return SPACE;
  if (code === 0x2018 || code === 0x2019 || code === 0x2032) return 39;
  if (code === 0x201c || code === 0x201d) return 34;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

/** The same folding, keeping case: what an exact-case form is compared against. */
export function foldKeepingCase(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00a0\u202f\u2000-\u200a\u2010-\u2015\u2212-]+/g, ' ')
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

/** `foldCode` over a whole string, with runs of spaces collapsed (used on sentences and cues). */
export function foldText(text: string): string {
  return foldKeepingCase(text).toLowerCase().replace(/ {2,}/g, ' ');
}
