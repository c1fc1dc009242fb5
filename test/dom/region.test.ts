import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../src/core/chars';
import { collectText } from '../../src/page/collect';
import { chooseReadingRegion } from '../../src/page/region';

const para = (words: string) => `<p>${words} ${'lorem ipsum dolor sit amet '.repeat(20)}</p>`;

function read(html: string) {
  document.body.innerHTML = html;
  const region = chooseReadingRegion(document);
  const text = collectText(region.root, { skip: region.skip }).text.replaceAll(
    BLOCK_SEPARATOR,
    ' ',
  );
  return { reason: region.reason, text };
}

describe('chooseReadingRegion', () => {
  it('reads the article and leaves out the site chrome around it', () => {
    const r = read(`<header>SITE HEADER</header><nav>NAV</nav>
      <article><h1>HEADLINE</h1>${para('BODY')}<aside>PULL QUOTE ASIDE</aside>
        <footer>ARTICLE FOOTER</footer><div class="share-tools">SHARE</div></article>
      <aside>SIDEBAR</aside><footer>SITE FOOTER</footer>`);
    expect(r.reason).toBe('article');
    expect(r.text).toContain('HEADLINE');
    expect(r.text).toContain('BODY');
    for (const out of [
      'SITE HEADER',
      'NAV',
      'SIDEBAR',
      'SITE FOOTER',
      'ARTICLE FOOTER',
      'SHARE',
      'PULL QUOTE',
    ]) {
      expect(r.text).not.toContain(out);
    }
  });

  it('picks the longest of several articles (a teaser rail beside the story)', () => {
    const r = read(
      `<article>TEASER short</article><article>${para('STORY')}${para('MORE')}</article>`,
    );
    expect(r.text).toContain('STORY');
    expect(r.text).not.toContain('TEASER');
  });

  it('reads the shared container of several long articles (a live blog)', () => {
    const r = read(
      `<div id="feed"><article>${para('POST ONE')}</article><article>${para('POST TWO')}</article></div>`,
    );
    expect(r.text).toContain('POST ONE');
    expect(r.text).toContain('POST TWO');
  });

  it('falls back to main, then to the densest block of paragraphs', () => {
    expect(read(`<nav>NAV</nav><main>${para('MAIN BODY')}</main>`).reason).toBe('main');
    const dense = read(`<div class="menu">${'<a>link</a>'.repeat(30)}</div>
      <div class="content"><div class="story">${para('ONE')}${para('TWO')}</div></div>
      <div id="comments">${para('A COMMENT')}</div>`);
    expect(dense.reason).toBe('density');
    expect(dense.text).toContain('ONE');
    expect(dense.text).not.toContain('A COMMENT');
    expect(dense.text).not.toContain('link');
  });

  it('reads the body without its header when nothing looks like an article', () => {
    const r = read('<header>MASTHEAD</header><div>Short note about the H20.</div>');
    expect(r.reason).toBe('body');
    expect(r.text).toContain('H20');
    expect(r.text).not.toContain('MASTHEAD');
  });

  it('leaves comment threads inside an article out', () => {
    const r = read(
      `<article>${para('STORY')}<section class="comments">${para('READER COMMENT')}</section></article>`,
    );
    expect(r.text).not.toContain('READER COMMENT');
  });
});
