// Prints the corpus figures the README quotes: `node scripts/corpus.mjs`.
import { join } from 'node:path';
import index from 'virtual:glossary-index';
import { Matcher } from '../../src/core/matcher';
import { measureCorpus } from './measure';

const r = await measureCorpus(new Matcher(index), join(process.cwd(), 'test', 'corpus'));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(
  `On-topic pages: ${r.onTopic}; labeled terms: ${r.expected}; recall ${pct(r.recall)}; precision ${pct(r.precision)}`,
);
console.log(`Off-topic pages: ${r.offTopic}; marks on them: ${r.offTopicMarks}`);
for (const p of r.pages) {
  if (p.missed.length || p.unexpected.length) {
    console.log(
      `  ${p.file}: missed ${p.missed.join(', ') || '-'}; not labeled ${p.unexpected.join(', ') || '-'}`,
    );
  }
}
