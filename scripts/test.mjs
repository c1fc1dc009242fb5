// `npm test`: every check, in the order that fails fastest: types, lint and format, the build,
// unit and DOM tests, end-to-end tests in Chromium and in Firefox (on the build just made), and
// Mozilla's add-on linter. Each phase prints its time; the last line is the total.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChrome, findFirefox, root } from './lib/toolchain.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const node = (script) => [process.execPath, [join(root, script)]];
const vitest = (project) => [bin('vitest'), ['run', '--project', project]];
const phases = [
  ['type-check', 'tsc --noEmit', bin('tsc'), ['--noEmit']],
  ['lint', 'biome check', bin('biome'), ['check', '.']],
  ['build', 'dist/chrome/ and dist/firefox/', ...node('build.mjs')],
  ['unit', 'core logic and the glossary, in Node', ...vitest('unit')],
  ['dom', 'page reading and the popup, in jsdom', ...vitest('dom')],
  ['Chromium e2e', 'the built extension in Chromium', ...vitest('e2e')],
  ['Firefox e2e', 'the built extension in Firefox', ...vitest('firefox')],
  ['web-ext lint', 'Mozilla’s add-on linter on dist/firefox/', ...node('scripts/lint-firefox.mjs')],
];

// Both browsers are needed; say so before spending minutes on the phases before them.
try {
  await findChrome();
  await findFirefox();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = performance.now();
const times = [];
for (const [name, what, cmd, args] of phases) {
  console.log(`\n▶ ${name} (${what})`);
  const phaseStart = performance.now();
  // No stdin: CI has none, and nothing here should wait for a keypress.
  const run = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });
  const ms = performance.now() - phaseStart;
  times.push(`${name} ${seconds(ms)}`);
  if (run.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds(ms)}.`);
    console.error(
      `✗ npm test failed in ${seconds(performance.now() - started)}: ${times.join(', ')}.`,
    );
    process.exit(run.status ?? 1);
  }
  console.log(`✓ ${name} passed in ${seconds(ms)}`);
}
console.log(
  `\n✓ All checks passed in ${seconds(performance.now() - started)}: ${times.join(', ')}.`,
);
