// Shared by build.mjs and the scripts: compile the glossary (in TypeScript, so it is bundled for
// Node first) and expose it to bundles as the virtual modules the source imports.
import { mkdirSync } from 'node:fs';
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

/** Serves `virtual:glossary-index` and `virtual:glossary-cards` from a compiled glossary. */
export function glossaryPlugin(compiled) {
  return {
    name: 'glossary',
    setup(build) {
      build.onResolve({ filter: /^virtual:glossary-(index|cards)$/ }, (args) => ({
        path: args.path,
        namespace: 'glossary',
      }));
      build.onLoad({ filter: /.*/, namespace: 'glossary' }, (args) => ({
        contents: JSON.stringify(args.path.endsWith('index') ? compiled.index : compiled.cards),
        loader: 'json',
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

/** Finds Chromium: CHROME_PATH, then the usual install paths. */
export async function findChrome() {
  const { existsSync } = await import('node:fs');
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

export const NO_CHROME_MESSAGE =
  'No Chromium or Chrome found: install one (on Debian: apt-get install chromium) or set CHROME_PATH to its executable.';
