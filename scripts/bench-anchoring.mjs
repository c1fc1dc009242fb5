// Re-anchoring speed and accuracy, ours beside Hypothesis's matchQuote (kept unchanged in
// test/bench/reference/), on the same texts in one run. Fetches nothing.
import { importTs } from './lib/toolchain.mjs';

await importTs('test/bench/anchoring-report.ts', { name: 'anchoring-report' });
