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
