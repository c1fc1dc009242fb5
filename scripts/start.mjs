// `npm start`: builds, serves the demo article on localhost and opens Chromium with the extension
// loaded on it. With no display it runs headless: prints the terms found, saves a screenshot of
// the annotated page with a card open, and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  launchWithExtension,
  readHighlights,
  serveFiles,
  tabIdOf,
  waitForMarks,
} from './lib/browser.mjs';
import { root } from './lib/toolchain.mjs';

const build = spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = !hasDisplay || process.env.CI === 'true' || process.argv.includes('--headless');

const server = await serveFiles([join(root, 'test', 'fixtures', 'demo')]);
let browser;
try {
  browser = await launchWithExtension({ headless });
} catch (err) {
  console.error(err.message);
  await server.close();
  process.exit(1);
}
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const url = `${server.origin}/article.html`;
await page.goto(url);
console.log(`Demo article: ${url}`);

try {
  await waitForMarks(page);
} catch {
  console.error('The extension marked nothing on the demo article; see the browser console.');
  await browser.close();
  await server.close();
  process.exit(1);
}

const tabId = await tabIdOf(browser.worker, page);
const report = await browser.worker.evaluate(
  (id) => chrome.tabs.sendMessage(id, { call: 'page/report', args: [] }),
  tabId,
);
const marks = await readHighlights(page);
const markCount = Object.entries(marks)
  .filter(([name]) => name.startsWith('ai-race-lens-term'))
  .reduce((n, [, ranges]) => n + ranges.length, 0);
console.log(`Found ${report.summary.terms.length} terms (${markCount} marks):`);
for (const t of report.summary.terms) {
  console.log(`  ${t.title.padEnd(44)} ${t.kind.padEnd(10)} ${t.side.padEnd(6)} ×${t.count}`);
}
console.log('Trends this article touches:');
for (const t of report.summary.trends.slice(0, 6)) console.log(`  ${t.title} (${t.score})`);

if (headless) {
  // Rest the pointer on a mark so the screenshot shows a card too.
  const point = await page.evaluate(() => {
    const h = CSS.highlights.get('ai-race-lens-term');
    const ranges = h ? [...h] : [];
    for (const r of ranges) {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const rect = live.getBoundingClientRect();
      if (rect.top > 250 && rect.bottom < 420)
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  });
  if (point) {
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector('ai-race-lens-root >> .card h2', { timeout: 5000 }).catch(() => {});
  }
  const out = join(root, 'dist', 'demo-screenshot.png');
  mkdirSync(join(root, 'dist'), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`Screenshot: ${relative(process.cwd(), out) || out}`);
  await browser.close();
  await server.close();
} else {
  console.log('Chromium is open with AI Race Lens loaded. Close the browser window to stop.');
  browser.context.on('close', () => server.close().then(() => process.exit(0)));
}
