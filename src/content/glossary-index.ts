// The compiled matcher index, bundled into the content script at build time.
import index from 'virtual:glossary-index';
import { Matcher } from '../core/matcher';

let matcher: Matcher | undefined;

/** Built on first use: a page that never scans never pays for the trie. */
export function getMatcher(): Matcher {
  matcher ??= new Matcher(index);
  return matcher;
}
