// Pages that never stop changing. A counter outside the article ticks every 10 ms: it is not
// the article's text, so nothing is read or drawn again. A saved highlight on such a page stays
// where it is without being placed again and again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHighlights, waitForMarks } from '../../../scripts/lib/browser.mjs';
import { extensionUi } from '../../../scripts/lib/extension-ui.mjs';
import { type Browser, startAll } from '../setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

const ticking = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ticking</title></head>
<body><header><span id="clock">0</span> readers online</header>
<article><h1>What the chip rules changed</h1>
<p id="one">The Bureau of Industry and Security first restricted advanced chips in October 2022, and Nvidia answered with the A800 and H800.</p>
<p id="two">A year later the update closed the gap those chips had used, and the H20 was designed for the new thresholds.</p>
<p id="three">HBM from SK hynix and Samsung became the next bottleneck as inference demand grew.</p>
</article>
<script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 10);</script>
</body></html>`;

beforeAll(async () => {
  ({ browser, server } = await startAll({ '/ticking.html': ticking }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records every Highlight object registered under each of our names, from the page's side. */
async function watchRegistry(page: Page) {
  await page.evaluate(() => {
    const seen = new Map<string, unknown[]>();
    (window as unknown as { registry: Map<string, unknown[]> }).registry = seen;
    const look = () => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('ai-race-lens')) continue;
        const list = seen.get(name) ?? [];
        if (!list.includes(h)) list.push(h);
        seen.set(name, list);
      }
      setTimeout(look, 20);
    };
    look();
  });
}
const updates = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...(window as unknown as { registry: Map<string, unknown[]> }).registry].map(([k, v]) => [
        k,
        v.length,
      ]),
    ),
  );

describe('a page that changes every 10 ms', () => {
  it('draws the article’s terms once: a ticking counter outside it changes nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/ticking.html`);
    await waitForMarks(page);
    await page.waitForTimeout(1500);
    await watchRegistry(page);
    await page.waitForTimeout(4000);
    expect(await updates(page)).toEqual({ 'ai-race-lens-term': 1 });
    await page.close();
  });

  it('keeps a saved highlight in place without drawing it again on every change', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/ticking.html`);
    await waitForMarks(page);
    await page.click('#two', { clickCount: 3 });
    const ui = await extensionUi(page);
    await ui.click('button[aria-label="Save highlight in pink"]');
    await expect
      .poll(async () => (await readHighlights(page))['ai-race-lens-hl-pink'] ?? [])
      .toEqual([
        'A year later the update closed the gap those chips had used, and the H20 was designed for the new thresholds.',
      ]);
    await page.waitForTimeout(2500);
    await watchRegistry(page);
    await page.waitForTimeout(5000);
    // With a highlight saved, every change is looked at (the highlight could be anywhere), but
    // the same text draws nothing new.
    expect(await updates(page)).toEqual({ 'ai-race-lens-term': 1, 'ai-race-lens-hl-pink': 1 });
    await page.close();
  });
});
