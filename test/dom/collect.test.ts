import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../src/core/chars';
import { collectText, locate, offsetAt } from '../../src/page/collect';
import { claimAsOwnUi } from '../../src/page/own-ui';

function dom(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const visible = (text: string) => text.replaceAll(BLOCK_SEPARATOR, '|');

describe('collectText', () => {
  it('joins inline text and separates blocks', () => {
    const page = collectText(
      dom('<p>The <b>H20</b> chip</p><p>Second</p><ul><li>a</li><li>b</li></ul>'),
    );
    expect(visible(page.text)).toBe('The H20 chip|Second|a|b');
  });

  it('reads ruby base text without its pronunciation, and vertical text like any other', () => {
    const page = collectText(
      dom(
        '<p><ruby>昇<rp>(</rp><rt>shēng</rt><rp>)</rp>腾</ruby>芯片</p>' +
          '<p style="writing-mode: vertical-rl">台積電<ruby>晶<rt>ㄐㄧㄥ</rt></ruby>片</p>',
      ),
    );
    expect(visible(page.text)).toBe('昇腾芯片|台積電晶片');
  });

  it('separates text that follows a block inside the same parent', () => {
    const page = collectText(dom('<div><p>Inside</p>tail</div>'));
    expect(visible(page.text)).toBe('Inside|tail');
  });

  it('skips code, scripts, form fields, buttons, editors, hidden content and our own UI', () => {
    const ours = () => {
      const el = document.getElementById('ours');
      if (el) claimAsOwnUi(el);
      return document.body;
    };
    dom(`<p>keep</p><script>nope()</script><style>.x{}</style><pre>H20</pre><code>H20</code>
        <textarea>H20</textarea><button>H20</button><div contenteditable="true">H20</div>
        <div contenteditable="false">kept editable-false</div>
        <div role="textbox">H20</div><div aria-hidden="true">H20</div><div hidden>H20</div>
        <div id="ours">H20</div><p>end</p>`);
    const page = collectText(ours());
    expect(
      visible(page.text)
        .split(/[|\s]+/)
        .filter(Boolean),
    ).toEqual(['keep', 'kept', 'editable-false', 'end']);
  });

  it('leaves out subtrees the caller skips', () => {
    const page = collectText(dom('<p>a</p><nav>menu</nav><p>b</p>'), {
      skip: (el) => el.localName === 'nav',
    });
    expect(visible(page.text)).toBe('a|b');
  });

  it('maps offsets back to text nodes and positions', () => {
    const root = dom('<p>The <b>H20</b> chip</p>');
    const page = collectText(root);
    const start = page.text.indexOf('H20');
    const a = locate(page, start, false)!;
    const b = locate(page, start + 3, true)!;
    expect(a.node.data).toBe('H20');
    expect(a.offset).toBe(0);
    expect(b.node.data).toBe('H20');
    expect(b.offset).toBe(3);
    expect(offsetAt(page, a.node, 1)).toBe(start + 1);
    // A point between elements: the text that follows it.
    expect(offsetAt(page, root.querySelector('p')!, 1)).toBe(start);
  });

  it('does not change the DOM it reads', () => {
    const root = dom('<article><h1>Title</h1><p>Body <i>text</i></p></article>');
    const before = root.innerHTML;
    collectText(root);
    expect(root.innerHTML).toBe(before);
  });
});
