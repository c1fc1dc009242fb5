// Runs src/cli/scan.ts with the compiled glossary. Build messages stay off stdout, so
// `npm run --silent scan -- --json FILE` prints nothing but the JSON.
import {
  compileGlossaryForBuild,
  GlossaryFailure,
  glossaryPlugin,
  importTs,
} from './lib/toolchain.mjs';

try {
  const glossary = await compileGlossaryForBuild();
  const cli = await importTs('src/cli/scan.ts', {
    plugins: [glossaryPlugin(glossary.compiled)],
    name: 'scan',
  });
  process.exitCode = await cli.main(process.argv.slice(2));
} catch (err) {
  if (err instanceof GlossaryFailure) for (const line of err.problems) console.error(line);
  console.error(`scan: ${err.message}`);
  process.exitCode = 1;
}
