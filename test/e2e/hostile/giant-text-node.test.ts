// A page with five million characters in one text node, full of AI-race terms. The extension
// must read only up to its limit, draw at most its cap of marks, register them in at most two
// registry updates (growing a registered highlight batch by batch is what froze the tab), and
// tell the reader in the popup that not every mention is marked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMarks } from '../../../scripts/lib/browser.mjs';
import { MAX_MARKS } from '../../../src/page/marks';
import { type Browser, pageReport, startAll } from '../setup';

let browser: Browser;
let server: { origin: string; close(): Promise<void> };

const sentence =
  'Nvidia sold the H20 to China until export controls from the Bureau of Industry and Security closed that door. ';
const giant = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Giant</title></head>
<body><article><h1>Chips</h1><p>${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}</p></article></body></html>`;

beforeAll(async () => {
  ({ browser, server } = await startAll({ '/giant.html': giant }));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a page with one giant text node', () => {
  it('draws at most the cap of marks, in at most two registry updates, and says so', async () => {
    const page = await browser.context.newPage();
    // Watch the registry from the page's side: every Highlight object registered under the
    // term name is one update.
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { termUpdates: unknown[] }).termUpdates = seen;
      const look = () => {
        const h = CSS.highlights.get('ai-race-lens-term');
        if (h && !seen.includes(h)) seen.push(h);
        setTimeout(look, 5);
      };
      look();
    });
    await page.goto(`${server.origin}/giant.html`);
    await waitForMarks(page, 30_000);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('ai-race-lens-term')?.size), {
        timeout: 30_000,
      })
      .toBe(MAX_MARKS);
    await page.waitForTimeout(1000);
    const updates = await page.evaluate(
      () => (window as unknown as { termUpdates: unknown[] }).termUpdates.length,
    );
    expect(updates).toBeLessThanOrEqual(2);
    const report = (await pageReport(browser, page)) as { marksCapped?: number };
    expect(report.marksCapped).toBe(MAX_MARKS);
    // The page's own script still runs: a click handler answers.
    expect(await page.evaluate(() => new Promise((ok) => setTimeout(() => ok('alive'), 0)))).toBe(
      'alive',
    );
    await page.close();
  });
});
