// The content script's first decision: does this page have any running text to read? Sign-in
// forms, web apps and dashboards have labels and buttons, not sentences, and should never pay
// for loading the glossary. Stops at the first sentence, so an article answers at once.
import { isHan } from '../core/chars';

/** Words in one text node that make it a sentence rather than a label or a button. */
const SENTENCE_WORDS = 6;
/** Han characters in one text node that make it a sentence (Chinese has no spaces to count). */
const SENTENCE_HAN = 12;
/** Past this many text nodes without a sentence, assume there is text somewhere and read on. */
const MAX_NODES = 5_000;

function isSentence(text: string): boolean {
  let words = 0;
  let inWord = false;
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHan(code)) {
      if (++han >= SENTENCE_HAN) return true;
      inWord = false;
    } else if (code <= 32 || code === 0xa0) {
      inWord = false;
    } else if (!inWord) {
      inWord = true;
      if (++words >= SENTENCE_WORDS) return true;
    }
  }
  return false;
}

/** Elements whose text is code or markup, not something a reader sees. */
const NOT_READ = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export function hasRunningText(doc: Document): boolean {
  if (!doc.body) return false;
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++nodes > MAX_NODES) return true;
    const text = (n as Text).data;
    if (text.length < SENTENCE_HAN || !isSentence(text)) continue;
    if (!NOT_READ.has(n.parentElement?.tagName ?? '')) return true;
  }
  return false;
}
