// Reads a page's text in one walk without touching it: text nodes in document order, a block
// separator wherever a block element starts or ends, and nothing from places a reader doesn't
// read as prose (scripts, code, form fields, editors, hidden or extension-owned content).
import { BLOCK_SEPARATOR } from '../core/chars';
import { CHECK_EVERY, runAll, type Steps } from '../core/time-budget';
import { isOwnUi } from './own-ui';

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'svg',
  'math',
  'iframe',
  'canvas',
  'video',
  'audio',
  'object',
  'head',
  // Ruby annotations (pinyin, zhuyin) sit above the characters they gloss; reading them into the
  // text would put 英(yīng)伟(wěi)达 where the article says 英伟达.
  'rt',
  'rp',
]);

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Text of a page region and the nodes it came from; offsets index into `text`. */
export interface PageText {
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset in `text` where `nodes[i]` begins. */
  starts: number[];
  /** True when reading stopped at `maxChars` before the end of the region. */
  truncated?: boolean;
}

export interface CollectOptions {
  /** Extra subtrees to leave out (navigation and asides inside the article, say). */
  skip?: (el: Element) => boolean;
  /** Stop once this much text has been read (a quick first look at a long page). */
  maxChars?: number;
}

/** True for elements whose content is not prose a reader would want annotated. */
export function isUnreadable(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName) || isOwnUi(el)) return true;
  // Most elements of an article body carry no attributes at all: one call answers for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

export function collectText(root: Node, options: CollectOptions = {}): PageText {
  return runAll(collectSteps(root, options));
}

/** Nodes visited between checkpoints: visiting one is cheap, a long page has tens of thousands. */
const NODES_PER_CHECK = CHECK_EVERY * 8;

/**
 * collectText as steps (see time-budget). Run paced, the page may change between two steps; the
 * text is then what the walk saw, and the content script reads the page again after the change.
 */
export function* collectSteps(root: Node, options: CollectOptions = {}): Steps<PageText> {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const skip = options.skip;
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  let length = 0;
  let pendingBreak = false;

  let node: Node | null = root.firstChild;
  let visited = 0;
  while (node) {
    if (++visited % NODES_PER_CHECK === 0) yield;
    let descend = false;
    if (node.nodeType === 3) {
      const value = (node as Text).data;
      if (value.length > 0) {
        if (pendingBreak && length > 0) {
          parts.push(BLOCK_SEPARATOR);
          length++;
        }
        pendingBreak = false;
        nodes.push(node as Text);
        starts.push(length);
        // One huge text node is cut at the limit too: read whole, it would be the whole cost.
        const room = maxChars - length;
        parts.push(value.length > room ? value.slice(0, room) : value);
        length += Math.min(value.length, room);
        if (length >= maxChars) return { text: parts.join(''), nodes, starts, truncated: true };
      }
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (!isUnreadable(el) && !skip?.(el)) {
        if (BLOCK_TAGS.has(el.localName)) pendingBreak = true;
        descend = el.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists; leaving a block ends a line of text too.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName)) {
        pendingBreak = true;
      }
    }
    if (!node || node === root) break;
    if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName)) pendingBreak = true;
    node = node.nextSibling;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The text node holding `offset` and the offset inside it; `atEnd` resolves ties leftwards. */
export function locate(
  page: PageText,
  offset: number,
  atEnd: boolean,
): { node: Text; offset: number } | undefined {
  const { starts, nodes } = page;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = starts[mid]!;
    const e = s + nodes[mid]!.data.length;
    if (atEnd ? offset <= s : offset < s) hi = mid - 1;
    else if (atEnd ? offset > e : offset >= e) lo = mid + 1;
    else return { node: nodes[mid]!, offset: offset - s };
  }
  return undefined;
}

/** A StaticRange over [start, end) of the page text (StaticRange: the DOM is never touched). */
export function rangeFor(page: PageText, start: number, end: number): StaticRange | undefined {
  const a = locate(page, start, false);
  const b = locate(page, end, true);
  if (!a || !b) return undefined;
  return new StaticRange({
    startContainer: a.node,
    startOffset: a.offset,
    endContainer: b.node,
    endOffset: b.offset,
  });
}

const nodeIndexes = new WeakMap<PageText, Map<Text, number>>();

/** Which text node is which, built once per reading of the page, when first asked. */
function nodeIndex(page: PageText): Map<Text, number> {
  let index = nodeIndexes.get(page);
  if (!index) {
    index = new Map(page.nodes.map((n, i) => [n, i]));
    nodeIndexes.set(page, index);
  }
  return index;
}

/** The next node in document order, children first. */
function following(n: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  let cur: Node | null = n;
  while (cur && !cur.nextSibling) cur = cur.parentNode;
  return cur?.nextSibling ?? null;
}

/**
 * The page-text offset of a DOM boundary point (a caret under the pointer, a selection's ends).
 * A point between elements resolves to the first text read after it; a point in text the
 * reading skipped (a script, an editor, the extension's own UI) resolves to undefined.
 */
export function offsetAt(page: PageText, node: Node, offset: number): number | undefined {
  const index = nodeIndex(page);
  if (node.nodeType === 3) {
    const i = index.get(node as Text);
    return i === undefined ? undefined : page.starts[i]! + offset;
  }
  let n: Node | null = node.childNodes[offset] ?? null;
  if (!n) {
    let cur: Node | null = node;
    while (cur && !cur.nextSibling) cur = cur.parentNode;
    n = cur?.nextSibling ?? null;
  }
  for (; n; n = following(n)) {
    const i = n.nodeType === 3 ? index.get(n as Text) : undefined;
    if (i !== undefined) return page.starts[i]!;
  }
  return page.text.length;
}
