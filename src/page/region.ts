// Chooses the part of the page a reader reads. In order: the article (the one holding the most
// text when a page has several), then `main` / `[role=main]`, then the element holding the most
// paragraph text. Inside it, navigation, asides, footers, forms and comment threads are left out;
// when the fallback is the whole body, its page header is left out too.

const MIN_ARTICLE_CHARS = 400;

const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'dialog']);
const CHROME_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alert',
]);
const WIDGET_NAME =
  /(?:^|[\s_-])(?:comments?|disqus|related|recommend\w*|newsletter|promo|advert\w*|ads?|share|sharing|social|cookie\w*|paywall|sidebar|outbrain|taboola)(?:$|[\s_-])/i;

export interface ReadingRegion {
  root: Element;
  /** Subtrees inside `root` that are page furniture, not the article. */
  skip: (el: Element) => boolean;
  /** How the root was chosen, for the scan report and tests. */
  reason: 'article' | 'main' | 'density' | 'body';
}

/**
 * How much text an element holds, up to `enough`: its paragraphs are measured first, so a long
 * article is recognised without materialising all of its text.
 */
function textLength(el: Element, enough = MIN_ARTICLE_CHARS): number {
  let total = 0;
  const paragraphs = el.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && total < enough; i++) {
    total += paragraphs[i]!.textContent?.length ?? 0;
  }
  return total >= enough ? total : (el.textContent ?? '').replace(/\s+/g, ' ').length;
}

export function isPageFurniture(el: Element): boolean {
  if (CHROME_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  const name = el.localName;
  if (name === 'div' || name === 'section' || name === 'ul' || name === 'ol' || name === 'span') {
    const id = el.id;
    const cls = el.getAttribute('class');
    if ((id && WIDGET_NAME.test(id)) || (cls && WIDGET_NAME.test(cls))) return true;
  }
  return false;
}

/** The element whose direct paragraphs carry the most text: a common shape of article bodies. */
function densestContainer(doc: Document): Element | undefined {
  const totals = new Map<Element, number>();
  for (const p of doc.body?.querySelectorAll('p') ?? []) {
    const parent = p.parentElement;
    if (!parent) continue;
    totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | undefined;
  let bestChars = MIN_ARTICLE_CHARS;
  for (const [el, chars] of totals) {
    if (chars > bestChars) {
      best = el;
      bestChars = chars;
    }
  }
  return best;
}

export function chooseReadingRegion(doc: Document): ReadingRegion {
  const body = doc.body ?? doc.documentElement;
  const furniture = (root: Element) => (el: Element) => el !== root && isPageFurniture(el);

  const articles = [...doc.querySelectorAll('article')].filter(
    (a) => !a.parentElement?.closest('article'),
  );
  if (articles.length > 0) {
    const sized = articles.map((a) => ({ a, n: textLength(a) })).sort((x, y) => y.n - x.n);
    const top = sized[0]!;
    if (top.n >= MIN_ARTICLE_CHARS) {
      // Several long articles (a live blog, a feed): read their shared container.
      const long = sized.filter((s) => s.n >= MIN_ARTICLE_CHARS);
      const root = long.length > 1 ? commonAncestor(long.map((s) => s.a)) : top.a;
      return { root, skip: furniture(root), reason: 'article' };
    }
  }
  const main = doc.querySelector('main, [role="main"]');
  if (main && textLength(main) >= MIN_ARTICLE_CHARS) {
    return { root: main, skip: furniture(main), reason: 'main' };
  }
  const dense = densestContainer(doc);
  if (dense) return { root: dense, skip: furniture(dense), reason: 'density' };
  return {
    root: body,
    skip: (el) => el.localName === 'header' || isPageFurniture(el),
    reason: 'body',
  };
}

function commonAncestor(elements: Element[]): Element {
  let candidate: Element | null = elements[0]!;
  while (candidate && !elements.every((e) => candidate!.contains(e))) {
    candidate = candidate.parentElement;
  }
  return candidate ?? elements[0]!.ownerDocument.body;
}
