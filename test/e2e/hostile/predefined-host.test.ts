// A page that prepares for the extension before it arrives: it defines the custom element the
// extension's UI once lived in, and patches attachShadow and createElement to catch any shadow
// root made in its document. The reader's bubble and card must still work, and the page must
// catch nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights } from '../../../scripts/lib/browser.mjs';
import { extensionUi } from '../../../scripts/lib/extension-ui.mjs';
import { type Browser, startAll } from '../setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trap</title>
<script>
  window.caught = [];
  customElements.define('ai-race-lens-root', class extends HTMLElement {
    constructor() { super(); window.caught.push('upgraded'); this.attachShadow({ mode: 'open' }).innerHTML = '<p>fake</p>'; }
  });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    window.caught.push(this.localName);
    return root;
  };
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (name, options) {
    const el = create.call(this, name, options);
    if (name !== 'p') window.caught.push('created ' + name);
    return el;
  };
</script></head>
<body><article><h1>Chips</h1>
<p id="one">HBM from SK hynix and Samsung became the next bottleneck as inference demand grew.</p>
</article></body></html>`;

beforeAll(async () => {
  ({ browser, server } = await startAll({ '/trap.html': page }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a page that pre-defines the extension’s element and patches the DOM', () => {
  it('still gets a working bubble and card, and catches nothing', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${server.origin}/trap.html`);
    await p.click('#one', { clickCount: 3 });
    const ui = await extensionUi(p);
    await ui.click('button[aria-label="Save highlight in blue"]');
    await expect
      .poll(async () => (await readHighlights(p))['ai-race-lens-hl-blue'])
      .toEqual([
        'HBM from SK hynix and Samsung became the next bottleneck as inference demand grew.',
      ]);
    const box = (await p.locator('#one').boundingBox())!;
    await p.mouse.move(box.x + 30, box.y + box.height / 2);
    await ui.waitFor('.card.saved');
    expect(await p.evaluate(() => (window as unknown as { caught: string[] }).caught)).toEqual([]);
    // The host is a plain element with no shadow root the page can see.
    expect(
      await p.evaluate(() =>
        [...document.documentElement.children].map((c) => [c.localName, c.shadowRoot === null]),
      ),
    ).toEqual([
      ['head', true],
      ['body', true],
      ['div', true],
    ]);
    await p.close();
  });
});
