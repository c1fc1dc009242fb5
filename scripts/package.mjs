// `npm run package`: a production build zipped once per browser, named by version, with the
// manifest at each archive's root: the Chrome Web Store zip and the addons.mozilla.org zip.
// Both are reproducible: the same source gives byte-identical archives.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSERS } from './lib/manifests.mjs';
import { root } from './lib/toolchain.mjs';
import { zipDirectory } from './lib/zip.mjs';

if (spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const browser of BROWSERS) {
  const name = `ai-race-lens-${version}-${browser}.zip`;
  const count = zipDirectory(join(root, 'dist', browser), join(root, name));
  const sha = createHash('sha256')
    .update(readFileSync(join(root, name)))
    .digest('hex');
  console.log(`Wrote ${name} (${count} files, sha256 ${sha.slice(0, 16)}…).`);
}
