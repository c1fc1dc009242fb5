// `npm start`: builds, serves the demo article on localhost and opens it in Chromium with the
// extension loaded (`npm start -- --firefox`: in Firefox, as a temporary add-on). With no display
// it runs headless: prints the terms found, saves a screenshot of the annotated page with a card
// open, and exits.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  firefoxTabIdOf,
  launchFirefoxWithExtension,
  launchWithExtension,
  readHighlights,
  serveFiles,
  showDemoCard,
  tabIdOf,
  waitForMarks,
} from './lib/browser.mjs';
import { root } from './lib/toolchain.mjs';

const args = new Set(process.argv.slice(2));
const useFirefox = args.has('--firefox');
const browserName = useFirefox ? 'Firefox' : 'Chromium';

const build = spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const hasDisplay =
  process.platform === 'darwin' ||
  process.platform === 'win32' ||
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = !hasDisplay || process.env.CI === 'true' || args.has('--headless');

/** The demo in one browser: its page, the content script's report, and how to end. */
async function openChromium(url) {
  const browser = await launchWithExtension({ headless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);
  return {
    page,
    async report() {
      const tabId = await tabIdOf(browser.worker, page);
      return browser.worker.evaluate(
        (id) => chrome.tabs.sendMessage(id, { call: 'page/report', args: [] }),
        tabId,
      );
    },
    close: () => browser.close(),
    onClosed: (done) => browser.context.on('close', done),
  };
}

async function openFirefox(url) {
  const firefox = await launchFirefoxWithExtension({ headless });
  const page = await firefox.browser.newPage();
  await page.goto(url);
  return {
    page,
    async report() {
      const tabId = await firefoxTabIdOf(firefox.control, page);
      const report = await firefox.control.evaluate(
        (id) => browser.tabs.sendMessage(id, { call: 'page/report', args: [] }),
        tabId,
      );
      // The tab that asked is ours, not the reader's: leave only the article open.
      if (!headless) await firefox.control.close();
      await page.bringToFront();
      return report;
    },
    close: () => firefox.close(),
    onClosed: (done) => firefox.browser.on('disconnected', done),
  };
}

const server = await serveFiles([join(root, 'test', 'fixtures', 'demo')]);
const url = `${server.origin}/article.html`;
let demo;
try {
  demo = await (useFirefox ? openFirefox(url) : openChromium(url));
} catch (err) {
  console.error(err.message);
  await server.close();
  process.exit(1);
}
console.log(`Demo article: ${url}`);

async function stop(code) {
  await demo.close();
  await server.close();
  process.exit(code);
}

try {
  await waitForMarks(demo.page);
} catch {
  console.error(`The extension marked nothing on the demo article; see ${browserName}'s console.`);
  await stop(1);
}

const report = await demo.report();
const marks = await readHighlights(demo.page);
const markCount = Object.entries(marks)
  .filter(([name]) => name.startsWith('ai-race-lens-term'))
  .reduce((n, [, ranges]) => n + ranges.length, 0);
console.log(`Found ${report.summary.terms.length} terms (${markCount} marks) in ${browserName}:`);
for (const t of report.summary.terms) {
  console.log(`  ${t.title.padEnd(44)} ${t.kind.padEnd(10)} ${t.side.padEnd(6)} ×${t.count}`);
}
console.log('Trends this article touches:');
// The same list, in the same order, as the popup's "Trends this article touches".
for (const t of report.summary.trends) console.log(`  ${t.title} (${t.score})`);
if (report.relevance) console.log(`Why annotated: ${report.relevance.verdict}.`);

if (headless) {
  // Rest the pointer on the same term as the README's picture, so the screenshot has a card.
  const card = await showDemoCard(demo.page).catch((err) => {
    console.error(`No card in the screenshot: ${err.message}.`);
    return undefined;
  });
  // Let the card's fade-in finish.
  await new Promise((ok) => setTimeout(ok, 300));
  const file = useFirefox ? 'demo-screenshot-firefox.png' : 'demo-screenshot.png';
  const out = join(root, 'dist', file);
  mkdirSync(join(root, 'dist'), { recursive: true });
  await demo.page.screenshot({ path: out });
  const shown = card
    ? `, with the card for ${card.title}${card.whole ? '' : ' (not all of it fits on screen)'}`
    : '';
  console.log(`Screenshot: ${relative(process.cwd(), out) || out}${shown}`);
  await stop(0);
} else {
  const how = useFirefox ? 'installed as a temporary add-on' : 'loaded';
  console.log(`${browserName} is open with AI Race Lens ${how}. Close the browser window to stop.`);
  demo.onClosed(() => server.close().then(() => process.exit(0)));
}
