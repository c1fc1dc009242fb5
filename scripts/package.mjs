// `npm run package`: a production build zipped for the Chrome Web Store, named by version,
// with the manifest at the archive's root.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/toolchain.mjs';
import { zipDirectory } from './lib/zip.mjs';

if (spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit' }).status !== 0) {
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `ai-race-lens-${version}.zip`;
const count = zipDirectory(join(root, 'dist', 'chrome'), join(root, name));
console.log(`Wrote ${name} (${count} files).`);
