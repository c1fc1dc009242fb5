// Saved pages come in the encoding their site used: GBK, GB18030 and Big5 are still common on
// Chinese sites. The charset is read the way browsers do (a byte-order mark, then a meta tag in
// the first kilobytes) and the bytes decoded with TextDecoder; UTF-8 when nothing says otherwise.

/** How far into the file a browser looks for the meta charset. */
const PRESCAN_BYTES = 1024 * 4;

export class UnknownCharsetError extends Error {}

/** The charset a page declares: `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // Every charset a meta tag can name is ASCII-compatible: reading the head as Latin-1 is safe.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

/** The page's text, decoded with its declared charset; throws UnknownCharsetError for one TextDecoder lacks. */
export function decodeHtml(bytes: Uint8Array): string {
  const charset = declaredCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    // gb2312 pages are written by GBK encoders in practice; TextDecoder's label does the same.
    decoder = new TextDecoder(charset);
  } catch {
    throw new UnknownCharsetError(
      `the page declares charset "${charset}", which cannot be decoded`,
    );
  }
  return decoder.decode(bytes);
}

export type Decoded = { ok: true; text: string; charset: string } | { ok: false; reason: string };

/** Bytes that never occur in text: NUL and the C0 controls other than tab, newlines, form feed and escape. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) controls++;
  }
  return controls > n / 100;
}

/**
 * The page's text, or why it can't be read: a binary file, an unknown charset, or bytes that are
 * not valid in the declared (or default UTF-8) encoding are refused, never scanned as an empty page.
 */
export function decodePage(bytes: Uint8Array): Decoded {
  const declared = declaredCharset(bytes);
  // A UTF-16 page is full of NUL bytes; only call it binary if nothing says it is UTF-16.
  if (!declared?.startsWith('utf-16') && looksBinary(bytes)) {
    return { ok: false, reason: 'it is a binary file, not HTML or text' };
  }
  const charset = declared ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    return { ok: false, reason: `it declares an unknown character encoding "${charset}"` };
  }
  try {
    return { ok: true, text: decoder.decode(bytes), charset: decoder.encoding };
  } catch {
    return {
      ok: false,
      reason: `it is not valid ${decoder.encoding}${declared ? ' as it declares' : ' and declares no other encoding'}`,
    };
  }
}
