// Mozilla's add-on linter (web-ext lint) on dist/firefox/, as addons.mozilla.org runs it on upload.
// Fails on any error, and on any warning that is not one of the known ones below, each of which
// the README explains. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/toolchain.mjs';

/** Warnings the linter cannot see past, with why they are safe (the README says the same). */
const EXPLAINED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe call to import for argument 0',
    file: 'content.js',
    why: 'it loads the matcher and the part-of-speech tagger from the add-on’s own files (runtime.getURL)',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe assignment to innerHTML',
    file: 'content.js',
    why: "it is Preact's code for dangerouslySetInnerHTML, which ours never uses (a test holds it)",
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    message: 'Unsafe assignment to innerHTML',
    // Preact sits in the chunk the popup's first view and its card views share.
    file: /^popup\/chunk-\w+\.js$/,
    why: "it is Preact's code for dangerouslySetInnerHTML, which ours never uses (a test holds it)",
  },
];

const sourceDir = join(root, 'dist', 'firefox');
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error('No dist/firefox/manifest.json: run npm run build first.');
  process.exit(1);
}
const webExt = join(root, 'node_modules', '.bin', 'web-ext');
const run = spawnSync(
  webExt,
  ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } },
);
let result;
try {
  result = JSON.parse(run.stdout);
} catch {
  console.error(`web-ext lint did not run: ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
  process.exit(1);
}

const describe = (m) => `${m.code} in ${m.file ?? 'the package'}: ${m.message}`;
const explanationOf = (m) =>
  EXPLAINED.find(
    (e) =>
      e.code === m.code &&
      e.message === m.message &&
      (e.file instanceof RegExp ? e.file.test(m.file ?? '') : e.file === m.file),
  );
const unexplained = result.warnings.filter((w) => !explanationOf(w));
for (const e of result.errors) console.error(`error: ${describe(e)}`);
for (const w of unexplained) console.error(`warning (not explained in the README): ${describe(w)}`);
for (const w of result.warnings) {
  const known = explanationOf(w);
  if (known) console.log(`known warning: ${describe(w)}; safe because ${known.why}`);
}
const { errors, warnings, notices } = result.summary;
console.log(
  `web-ext lint: ${errors} errors, ${warnings} warnings (${unexplained.length} unexplained), ${notices} notices`,
);
if (errors > 0 || unexplained.length > 0) process.exit(1);
