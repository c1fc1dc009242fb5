// Precision and recall on the labeled corpus in test/corpus/ (the same figures the test holds).
import { compileGlossaryForBuild, glossaryPlugin, importTs } from './lib/toolchain.mjs';

const glossary = await compileGlossaryForBuild();
await importTs('test/corpus/report.ts', {
  plugins: [glossaryPlugin(glossary.compiled)],
  name: 'corpus-report',
});
