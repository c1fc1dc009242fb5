// Shared by build.mjs and the scripts: compile the glossary (in TypeScript, so it is bundled for
// Node first) and expose it to bundles as the virtual modules the source imports.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const cacheDir = join(root, 'node_modules', '.cache', 'ai-race-lens');

/** Bundles a TypeScript entry for Node into the cache and imports it. */
export async function importTs(entry, { plugins = [], name } = {}) {
  mkdirSync(cacheDir, { recursive: true });
  const outfile = join(cacheDir, `${name ?? entry.replace(/[^\w]+/g, '_')}.mjs`);
  await esbuild.build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}

/** Validates and compiles the glossary; throws a GlossaryFailure listing every problem. */
export async function compileGlossaryForBuild() {
  const { buildGlossary } = await importTs('src/glossary/build-glossary.ts', {
    name: 'glossary-build',
  });
  // GLOSSARY_DIR lets tests point the build at a deliberately broken glossary.
  const result = buildGlossary(process.env.GLOSSARY_DIR || join(root, 'src', 'glossary'));
  if (!result.ok) throw new GlossaryFailure(result.problems, result.summary);
  return result;
}

export class GlossaryFailure extends Error {
  constructor(problems, summary) {
    super(summary);
    this.problems = problems;
  }
}

/**
 * What the popup's first view reads of the glossary: each term's and trend's Chinese titles (the
 * page report brings the English titles and badges). The full cards load when a card is opened.
 */
export function popupBrief(cards) {
  const brief = (entries) =>
    Object.fromEntries(
      Object.entries(entries)
        .filter(([, e]) => e.zh || e.zhHant)
        .map(([id, e]) => [
          id,
          {
            ...(e.zh && { zh: { title: e.zh.title } }),
            ...(e.zhHant && { zhHant: { title: e.zhHant.title } }),
          },
        ]),
    );
  return { terms: brief(cards.terms), trends: brief(cards.trends) };
}

/** A virtual glossary module's data, by the module's name. */
export function glossaryModuleData(compiled, name) {
  if (name.endsWith('index')) return compiled.index;
  if (name.endsWith('brief')) return popupBrief(compiled.cards);
  return compiled.cards;
}

/**
 * Serves `virtual:glossary-index`, `virtual:glossary-cards` and `virtual:glossary-brief` from a
 * compiled glossary.
 */
export function glossaryPlugin(compiled) {
  return {
    name: 'glossary',
    setup(build) {
      build.onResolve({ filter: /^virtual:glossary-(index|cards|brief)$/ }, (args) => ({
        path: args.path,
        namespace: 'glossary',
      }));
      // Emitted as JSON.parse of a string literal: V8 parses JSON far faster than the same data
      // written as a JavaScript object literal, and this data is most of what the bundles hold.
      build.onLoad({ filter: /.*/, namespace: 'glossary' }, (args) => ({
        contents: `export default JSON.parse(${JSON.stringify(
          JSON.stringify(glossaryModuleData(compiled, args.path)),
        )});`,
        loader: 'js',
      }));
    },
  };
}

/** One line for an esbuild failure: the first error with its place. */
export function describeBuildError(err) {
  const first = err?.errors?.[0];
  if (!first) return String(err?.message ?? err);
  const where = first.location ? ` (${first.location.file}:${first.location.line})` : '';
  return `${first.text}${where}`;
}

// Browsers for `npm start`, the tests and the benchmarks: the path in the environment variable
// if set (an error if it points at nothing), else the first usual install location present.
const CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
  // Branded Google Chrome last: since Chrome 137 it ignores --load-extension.
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];
const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export class BrowserNotFound extends Error {}

/**
 * Chrome for Testing installed in this folder by `npx @puppeteer/browsers install chrome@stable`
 * (it unpacks into ./chrome/<platform>-<version>/), newest version first.
 */
async function chromeForTestingHere() {
  const dir = join(root, 'chrome');
  let builds = [];
  try {
    builds = readdirSync(dir).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  } catch {
    return [];
  }
  const macApp = 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
  return builds.flatMap((b) => [
    join(dir, b, 'chrome-linux64', 'chrome'),
    join(dir, b, 'chrome-mac-arm64', macApp),
    join(dir, b, 'chrome-mac-x64', macApp),
    join(dir, b, 'chrome-win64', 'chrome.exe'),
  ]);
}

async function findBrowser(variable, paths, missing) {
  const { existsSync } = await import('node:fs');
  const chosen = process.env[variable];
  if (chosen) {
    if (existsSync(chosen)) return chosen;
    throw new BrowserNotFound(
      `${variable} is set to ${chosen}, which does not exist; fix or unset it.`,
    );
  }
  const found = paths.find((p) => existsSync(p));
  if (!found) throw new BrowserNotFound(missing);
  return found;
}

/**
 * Chromium or Chrome for Testing for the extension: CHROME_PATH, then Chrome for Testing in this
 * folder, then the usual install paths.
 */
export async function findChrome() {
  const paths = [...(await chromeForTestingHere()), ...CHROME_PATHS];
  return findBrowser('CHROME_PATH', paths, NO_CHROME_MESSAGE);
}

/** Firefox (140 or later) for the extension: FIREFOX_PATH, then the usual install paths. */
export function findFirefox() {
  return findBrowser('FIREFOX_PATH', FIREFOX_PATHS, NO_FIREFOX_MESSAGE);
}

/**
 * True for branded Google Chrome, which refuses to load an unpacked extension from the command
 * line (Chromium and Chrome for Testing still do).
 */
export function isBrandedChrome(path) {
  const p = path.replaceAll('\\', '/');
  return (
    !/for Testing/i.test(p) &&
    (/\/google-chrome(-stable|-beta|-unstable)?$/.test(p) ||
      /\/Google Chrome( Beta| Dev| Canary)?$/.test(p) ||
      /\/Google\/Chrome[^/]*\/Application\/chrome\.exe$/i.test(p))
  );
}

export const NO_CHROME_MESSAGE =
  'No Chromium found: install it (Debian or Ubuntu: apt-get install chromium; elsewhere: npx @puppeteer/browsers install chrome@stable in this folder) or set CHROME_PATH to its executable.';
export const NO_FIREFOX_MESSAGE =
  'No Firefox found: install Firefox 140 or later (on Debian: apt-get install firefox-esr) or set FIREFOX_PATH to its executable.';
export const BRANDED_CHROME_MESSAGE =
  'Google Chrome no longer loads extensions from the command line: install Chromium, or Chrome for Testing with npx @puppeteer/browsers install chrome@stable in this folder, or load dist/chrome/ by hand at chrome://extensions.';

/**
 * A fingerprint of everything a build depends on in src/: a prebuilt artefact stamped with it is
 * current exactly when the stamps agree. Reading the files costs a few milliseconds.
 */
export function sourceStamp() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        hash.update(path.slice(root.length));
        hash.update(readFileSync(path));
      }
    }
  };
  walk(join(root, 'src'));
  return hash.digest('hex').slice(0, 16);
}

/** Where the build leaves the scan CLI, bundled with the compiled glossary, for Node. */
export const scanBundle = join(root, 'dist', 'scan', 'scan.mjs');

/** Bundles the scan CLI with a compiled glossary into dist/scan/, stamped with the sources. */
export async function buildScanBundle(compiled, stamp = sourceStamp()) {
  await esbuild.build({
    entryPoints: [join(root, 'src/cli/scan.ts')],
    outfile: scanBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsdom stays outside; compromise is bundled so that it loads only when first needed.
    external: ['jsdom'],
    plugins: [glossaryPlugin(compiled)],
    logLevel: 'silent',
    banner: {
      js: `// source stamp: ${stamp}\nimport { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);`,
    },
  });
}
