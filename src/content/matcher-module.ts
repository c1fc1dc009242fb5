// The matcher and the compiled glossary index: most of the content script's weight, so it is a
// module of its own, imported only when a page has text to read (see glossary-index.ts).
import index from 'virtual:glossary-index';
import { Matcher } from '../core/matcher';

export function createMatcher(): Matcher {
  return new Matcher(index);
}
