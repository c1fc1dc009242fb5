// A page that tries to operate the extension with events it makes up: it selects text and fakes
// the mouse-up that offers the save bubble, fakes pointer moves over a saved highlight to open
// its card, and looks for the extension's controls and the reader's note. None of it may work.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights } from '../../../scripts/lib/browser.mjs';
import { extensionUi } from '../../../scripts/lib/extension-ui.mjs';
import { type Browser, startAll } from '../setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title></head>
<body><article><h1>Export rules</h1>
<p id="one">The Bureau of Industry and Security restricted advanced chips in October 2022, and Nvidia answered with the A800.</p>
<p id="two">HBM from SK hynix and Samsung became the next bottleneck as inference demand grew.</p>
</article></body></html>`;

beforeAll(async () => {
  ({ browser, server } = await startAll({ '/hostile.html': page }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function stored(): Promise<Record<string, { note?: string }>> {
  const all = await browser.worker.evaluate(() => chrome.storage.local.get(null));
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('hl:'))) as Record<
    string,
    { note?: string }
  >;
}

/** What a page script can do: select a paragraph, then dispatch a made-up mouse-up on it. */
function fakeSelectAndMouseUp(p: Page, selector: string) {
  return p.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const range = document.createRange();
    range.selectNodeContents(el);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const r = el.getBoundingClientRect();
    for (const type of ['mousedown', 'mouseup', 'click']) {
      el.dispatchEvent(
        new MouseEvent(type, {
          bubbles: true,
          composed: true,
          clientX: r.left + 5,
          clientY: r.top + 5,
        }),
      );
    }
  }, selector);
}

describe('a page making up events', () => {
  it('gets no save bubble from a fake mouse-up, and nothing is saved', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${server.origin}/hostile.html`);
    const ui = await extensionUi(p);
    await fakeSelectAndMouseUp(p, '#one');
    await p.waitForTimeout(600);
    expect(await ui.count('.bubble')).toBeFalsy();
    expect(Object.keys(await stored())).toEqual([]);
    await p.close();
  });

  it('cannot reach the controls or the note: the UI host has no shadow root the page can open', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${server.origin}/hostile.html`);
    // The reader saves a passage and writes a private note, with real input.
    await p.click('#two', { clickCount: 3 });
    const ui = await extensionUi(p);
    await ui.click('button[aria-label="Save highlight in yellow"]');
    await expect.poll(async () => Object.keys(await stored()).length).toBe(1);
    await expect
      .poll(async () => (await readHighlights(p))['ai-race-lens-hl-yellow'] ?? [])
      .toHaveLength(1);
    const box = (await p.locator('#two').boundingBox())!;
    await p.mouse.move(box.x + 40, box.y + box.height / 2);
    await ui.click('button.show-note', 'Add a note');
    await ui.click('textarea.note');
    await p.keyboard.type('Private: call the analyst on Monday.');
    await ui.click('button.save-note');
    await expect
      .poll(async () => Object.values(await stored())[0]?.note)
      .toBe('Private: call the analyst on Monday.');
    await p.mouse.move(5, 5);
    await expect.poll(() => ui.count('.card')).toBe(0);

    // Now the page goes looking: every element under <html>, every shadow root it can open,
    // every text it can read; then it fakes pointer moves over the highlight and tries to click
    // whatever it finds.
    const found = await p.evaluate(async () => {
      const seen: string[] = [];
      for (const el of document.querySelectorAll('*')) {
        if (el.shadowRoot) seen.push(`open shadow root on ${el.localName}`);
      }
      const two = document.getElementById('two')!.getBoundingClientRect();
      for (let i = 0; i < 20; i++) {
        document.dispatchEvent(
          new PointerEvent('pointermove', {
            bubbles: true,
            clientX: two.left + 40 + i,
            clientY: two.top + two.height / 2,
          }),
        );
        await new Promise((r) => setTimeout(r, 50));
      }
      const text = document.documentElement.textContent ?? '';
      if (text.includes('Private')) seen.push('the note');
      for (const el of document.querySelectorAll('button, textarea')) seen.push(el.outerHTML);
      return seen;
    });
    expect(found).toEqual([]);
    // The fake pointer moves opened no card.
    expect(await ui.count('.card')).toBe(0);
    expect((await readHighlights(p))['ai-race-lens-hl-yellow']).toHaveLength(1);
    expect(Object.keys(await stored())).toHaveLength(1);
    await p.close();
  });

  it('cannot save or delete through the extension’s messaging: pages have no channel to it', async () => {
    const p = await browser.context.newPage();
    await p.goto(`${server.origin}/hostile.html`);
    const reachable = await p.evaluate(
      () =>
        typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
          ?.sendMessage,
    );
    expect(reachable).toBe('undefined');
    await p.close();
  });
});
