// `npm test`: every check, in the order that fails fastest: types, lint and format, the build,
// then all tests (unit, DOM and end-to-end in Chromium, with the build just made).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChrome, NO_CHROME_MESSAGE, root } from './lib/toolchain.mjs';

const bin = (name) => join(root, 'node_modules', '.bin', name);
const steps = [
  ['Type-check (tsc --noEmit)', bin('tsc'), ['--noEmit']],
  ['Lint and format (biome check)', bin('biome'), ['check', '.']],
  ['Build (dist/chrome/)', process.execPath, [join(root, 'build.mjs')]],
  ['Tests (vitest: unit, dom, e2e)', bin('vitest'), ['run', ...process.argv.slice(2)]],
];

if (!(await findChrome())) {
  console.error(NO_CHROME_MESSAGE);
  process.exit(1);
}
for (const [title, cmd, args] of steps) {
  console.log(`\n▶ ${title}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  if (run.status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(run.status ?? 1);
  }
}
console.log('\n✓ All checks passed.');
