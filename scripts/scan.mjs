// Runs src/cli/scan.ts with the compiled glossary. After `npm run build` it loads the bundle the
// build left in dist/scan/ (no compiling: a page scans in a fraction of a second); when the
// sources changed since, it compiles the glossary and refreshes that bundle first. Build messages
// stay off stdout, so `npm run --silent scan -- --json FILE` prints nothing but the JSON.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  buildScanBundle,
  compileGlossaryForBuild,
  GlossaryFailure,
  scanBundle,
  sourceStamp,
} from './lib/toolchain.mjs';

function isCurrent(stamp) {
  if (!existsSync(scanBundle)) return false;
  const head = readFileSync(scanBundle, 'utf8').slice(0, 64);
  return head.startsWith(`// source stamp: ${stamp}`);
}

try {
  const stamp = sourceStamp();
  if (!isCurrent(stamp)) {
    const glossary = await compileGlossaryForBuild();
    await buildScanBundle(glossary.compiled, stamp);
  }
  const cli = await import(pathToFileURL(scanBundle).href);
  process.exitCode = await cli.main(process.argv.slice(2));
} catch (err) {
  if (err instanceof GlossaryFailure) for (const line of err.problems) console.error(line);
  console.error(`scan: ${err.message}`);
  process.exitCode = 1;
}
