// Builds the unpacked extension into dist/chrome/ and dist/firefox/: validates and compiles the
// glossary, bundles each context once with esbuild (service worker and popup as ES modules,
// content script as an IIFE, the NLP tagger as its own lazily loaded module) for both browsers,
// copies icons and pages, and writes each browser's manifest (scripts/lib/manifests.mjs).
//   node build.mjs            production build (minified, no source maps)
//   node build.mjs --dev      development build (source maps, readable output)
//   node build.mjs --watch    development build, rebuilt on every change
import { cpSync, mkdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { BROWSERS, FIREFOX_MIN_VERSION, manifestFor } from './scripts/lib/manifests.mjs';
import {
  buildScanBundle,
  compileGlossaryForBuild,
  describeBuildError,
  GlossaryFailure,
  glossaryPlugin,
  importTs,
  root,
} from './scripts/lib/toolchain.mjs';

const args = new Set(process.argv.slice(2));
const watchMode = args.has('--watch');
const dev = watchMode || args.has('--dev');
const dist = join(root, 'dist');
// Bundled once into dist/chrome/, then copied: both browsers run byte-identical code.
const outdir = join(dist, 'chrome');

function contextOptions(compiled) {
  const common = {
    bundle: true,
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    target: ['chrome130', `firefox${Number.parseInt(FIREFOX_MIN_VERSION, 10)}`],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    define: {
      'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production'),
      __DEV__: String(dev),
    },
    loader: { '.css': 'text' },
    plugins: [glossaryPlugin(compiled)],
    logLevel: 'silent',
    legalComments: 'none',
  };
  return [
    { ...common, entryPoints: { background: 'src/background/main.ts' }, format: 'esm' },
    { ...common, entryPoints: { content: 'src/content/main.ts' }, format: 'iife' },
    { ...common, entryPoints: { nlp: 'src/core/part-of-speech.ts' }, format: 'esm' },
    { ...common, entryPoints: { matcher: 'src/content/matcher-module.ts' }, format: 'esm' },
    // Split so the full glossary (imported on demand by the card views) stays out of popup.js.
    {
      ...common,
      entryPoints: { 'popup/popup': 'src/popup/main.tsx' },
      format: 'esm',
      splitting: true,
      chunkNames: 'popup/[name]-[hash]',
    },
  ].map((o) => ({ ...o, outdir, absWorkingDir: root }));
}

function writeManifest(browser) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const manifest = manifestFor(browser, source, pkg.version);
  writeFileSync(join(dist, browser, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

function copyStatic() {
  mkdirSync(join(outdir, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    cpSync(join(root, 'icons', `icon-${size}.png`), join(outdir, 'icons', `icon-${size}.png`));
  }
  mkdirSync(join(outdir, 'popup'), { recursive: true });
  cpSync(join(root, 'src/popup/popup.html'), join(outdir, 'popup/popup.html'));
  cpSync(join(root, 'src/popup/popup.css'), join(outdir, 'popup/popup.css'));
  cpSync(join(root, 'src/content/marks.css'), join(outdir, 'content.css'));
  cpSync(join(root, '_locales'), join(outdir, '_locales'), { recursive: true });
}

/** One file per term card, read by the service worker on request (it never loads them all). */
async function writeCards(cards) {
  const { resolveCard, cardPath } = await importTs('src/glossary/term-cards.ts', {
    name: 'term-cards',
  });
  mkdirSync(join(outdir, 'cards'), { recursive: true });
  for (const id of Object.keys(cards.terms)) {
    writeFileSync(join(outdir, cardPath(id)), JSON.stringify(resolveCard(cards, id)));
  }
}

async function buildOnce() {
  const started = performance.now();
  const glossary = await compileGlossaryForBuild();
  for (const browser of BROWSERS) rmSync(join(dist, browser), { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await Promise.all(contextOptions(glossary.compiled).map((o) => esbuild.build(o)));
  copyStatic();
  await writeCards(glossary.compiled.cards);
  for (const browser of BROWSERS) {
    if (browser !== 'chrome') cpSync(outdir, join(dist, browser), { recursive: true });
    writeManifest(browser);
  }
  // The scan CLI reads the same compiled glossary, so it needn't compile it on every run.
  await buildScanBundle(glossary.compiled);
  if (glossary.warning) console.warn(glossary.warning);
  const ms = Math.round(performance.now() - started);
  const dirs = BROWSERS.map((b) => `dist/${b}/`).join(' and ');
  console.log(`${glossary.summary}; built ${dirs} in ${ms} ms${dev ? ' (dev)' : ''}`);
}

function report(err) {
  if (err instanceof GlossaryFailure) {
    for (const line of err.problems) console.error(line);
    console.error(`Build failed: ${err.message}.`);
  } else if (err?.code === 'ENOENT') {
    console.error(`Build failed: missing file ${err.path}.`);
  } else {
    console.error(`Build failed: ${describeBuildError(err)}`);
  }
}

if (watchMode) {
  let timer;
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => buildOnce().catch(report), 100);
  };
  await buildOnce().catch(report);
  for (const dir of ['src', 'icons', '_locales'])
    watch(join(root, dir), { recursive: true }, rebuild);
  watch(join(root, 'manifest.json'), rebuild);
  console.log('Watching src/, icons/ and manifest.json; press Ctrl+C to stop.');
} else {
  try {
    await buildOnce();
  } catch (err) {
    report(err);
    process.exit(1);
  }
}
