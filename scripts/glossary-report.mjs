// Runs src/cli/glossary-report.ts (see there). Usage: npm run glossary [-- TERM-ID...]
import { importTs, root } from './lib/toolchain.mjs';

const cli = await importTs('src/cli/glossary-report.ts', { name: 'glossary-report' });
process.exitCode = cli.main(
  process.argv.slice(2),
  process.env.GLOSSARY_DIR || cli.defaultDir(root),
);
