// `npm run bench`: detection speed in Chromium, side by side in one run and reported as ratios
// (this machine is noisy; absolute times are for orientation only).
//   - our detection (collect, match, disambiguate, register highlights) vs a cold bare walk that
//     reads the same page's text into one string, vs mark.js marking the same surface forms;
//   - the longest main-thread task on the page with the real extension loaded;
//   - the content script's size, gzipped; the popup's time to first useful render.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { launchWithExtension, serveFiles, tabIdOf, waitForMarks } from './lib/browser.mjs';
import { compileGlossaryForBuild, glossaryPlugin, importTs, root } from './lib/toolchain.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MARKJS_RUNS = Number(process.env.BENCH_MARKJS_RUNS ?? 1);
/** Only pages whose path contains this get a mark.js run (it takes minutes a page): `zh-`, say. */
const MARKJS_ONLY = process.env.BENCH_MARKJS_ONLY;

if (spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}
const glossary = await compileGlossaryForBuild();
const bundle = await esbuild.build({
  entryPoints: [join(root, 'test/bench/detect-entry.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  plugins: [glossaryPlugin(glossary.compiled)],
  logLevel: 'silent',
});
const detectScript = bundle.outputFiles[0].text;
const markScript = readFileSync(join(root, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const { makePage, makeChinesePage } = await importTs('test/bench/pages.ts', {
  name: 'bench-pages',
});

const pages = {
  '/on-10k.html': makePage(10_000, 0.25, 1),
  '/on-50k.html': makePage(50_000, 0.25, 2),
  '/off-10k.html': makePage(10_000, 0, 3),
  '/off-50k.html': makePage(50_000, 0, 4),
  // Chinese pages are measured in characters: 50,000 of them is a long feature or a report.
  '/zh-on-50k.html': makeChinesePage(50_000, 0.25, 5),
  '/zh-off-50k.html': makeChinesePage(50_000, 0, 6),
};
const server = await serveFiles([], pages);
const browser = await launchWithExtension();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One measurement per fresh page load, so every pass is cold. */
async function measure(path, script, fn, runs, arg) {
  const page = await browser.context.newPage();
  const out = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${server.origin}${path}`);
    await page.addScriptTag({ content: script });
    out.push(await page.evaluate(fn, arg));
  }
  await page.close();
  return out;
}

async function withAnnotations(enabled) {
  await browser.worker.evaluate(
    (on) => chrome.storage.local.set({ settings: { version: 1, value: { enabled: on } } }),
    enabled,
  );
}

// The extension's own pass would run alongside the measured one: switch it off meanwhile.
await withAnnotations(false);
const rows = [];
for (const path of Object.keys(pages)) {
  const bare = await measure(path, detectScript, () => window.bench.bareWalk(), RUNS);
  const ours = await measure(path, detectScript, () => window.bench.detect(), RUNS);
  const forms = glossary.compiled.index.surfaces.map((s) => s.text);
  const markjs = await measure(
    path,
    markScript,
    // mark.js walks its terms recursively and overflows the stack on thousands of them: it gets
    // them in batches, one after the other, timed as one run.
    ([f, accuracy]) =>
      new Promise((done) => {
        const t0 = performance.now();
        const mark = new window.Mark(document.querySelector('article'));
        const next = (from) => {
          if (from >= f.length) return done(performance.now() - t0);
          mark.mark(f.slice(from, from + 400), {
            separateWordSearch: false,
            accuracy,
            // A microtask, so each batch starts on an empty stack.
            done: () => queueMicrotask(() => next(from + 400)),
          });
        };
        next(0);
      }),
    MARKJS_ONLY && !path.includes(MARKJS_ONLY) ? 0 : MARKJS_RUNS,
    // Chinese has no spaces for "exactly" to find word edges by: mark.js must match anywhere.
    [forms, path.startsWith('/zh-') ? 'partially' : 'exactly'],
  );
  rows.push({
    path,
    bare: median(bare),
    ours: median(ours.map((o) => o.ms)),
    detail: ours[0],
    markjs,
  });
}
await withAnnotations(true);

/** The longest main-thread task after load, with the real content script annotating. */
async function longestTask(path) {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${server.origin}${path}`);
  const marked = await waitForMarks(page, 15_000).then(
    () => true,
    () => false,
  );
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const loaded = performance.getEntriesByType('navigation')[0].loadEventEnd;
    const after = window.__tasks.filter(([start]) => start >= loaded).map(([, d]) => d);
    return Math.max(0, ...after);
  });
  await page.close();
  return { longest: result, marked };
}

// Saved highlights: placing 200 of them on a 10,000-word page that changed since they were saved.
const placing = await measure(
  '/on-10k.html',
  detectScript,
  () => window.bench.placeHighlights(200),
  RUNS,
);
const placingBare = rows.find((r) => r.path === '/on-10k.html').bare;

const tasks = {};
for (const path of Object.keys(pages)) tasks[path] = await longestTask(path);

/** Popup: time from navigation start to the first rendered term list. */
const article = await browser.context.newPage();
await article.goto(`${server.origin}/on-10k.html`);
await waitForMarks(article);
const tabId = await tabIdOf(browser.worker, article);
const popupTimes = [];
for (let i = 0; i < RUNS; i++) {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/popup.html?tab=${tabId}`);
  await popup.waitForFunction(() => performance.getEntriesByName('popup-first-render').length > 0);
  popupTimes.push(
    await popup.evaluate(() => performance.getEntriesByName('popup-first-render')[0].startTime),
  );
  await popup.close();
}
await browser.close();
await server.close();

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(7);
console.log(
  `\nDetection in Chromium, median of ${RUNS} cold page loads (mark.js: ${MARKJS_RUNS})\n`,
);
console.log(
  'page          bare walk   ours    mark.js   ours/bare   mark.js/ours   marks   longest task',
);
for (const r of rows) {
  const mj = r.markjs.length ? median(r.markjs) : Number.NaN;
  const t = tasks[r.path];
  console.log(
    `${r.path.slice(1, -5).padEnd(12)} ${fmt(r.bare)} ms ${fmt(r.ours)} ms ${fmt(mj)} ms ${(r.ours / r.bare).toFixed(2).padStart(8)}x ${(mj / r.ours).toFixed(0).padStart(12)}x ${String(r.detail.marks).padStart(7)}   ${t.longest ? `${t.longest.toFixed(0)} ms` : 'none over 50 ms'}`,
  );
}
console.log('\nText read by our detection (off-topic pages stop after a first look):');
for (const r of rows)
  console.log(
    `  ${r.path.slice(1, -5).padEnd(10)} ${r.detail.read.toLocaleString('en')} characters`,
  );
const placedMs = median(placing.map((p) => p.ms));
console.log(
  `\nPlacing 200 saved highlights on the changed 10k page: ${placedMs.toFixed(1)} ms (${placing[0].placed}/200 placed), ${(placedMs / placingBare).toFixed(1)}x the bare walk`,
);
const content = readFileSync(join(root, 'dist/chrome/content.js'));
const nlp = readFileSync(join(root, 'dist/chrome/nlp.js'));
console.log(
  `\nContent script: ${(content.length / 1024).toFixed(0)} KiB, ${(gzipSync(content).length / 1024).toFixed(1)} KiB gzipped (compromise is separate: nlp.js, ${(gzipSync(nlp).length / 1024).toFixed(0)} KiB gzipped, loaded only when needed)`,
);
console.log(`Popup first render: ${median(popupTimes).toFixed(0)} ms (median of ${RUNS})`);
