// Prints the corpus figures the README quotes: `node scripts/corpus.mjs`. The English held-out set
// (test/corpus/held-out) is reported apart: no form or rule is tuned against it, so its figures
// estimate how the detector does on pages it was not fitted to. The Chinese corpus is measured
// twice, with and without the word segmenter's veto, to show what the veto adds.
import { join } from 'node:path';
import index from 'virtual:glossary-index';
import { Matcher } from '../../src/core/matcher';
import { measureCorpus } from './measure';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function report(name: string, dir: string, matcher: Matcher) {
  const r = await measureCorpus(matcher, join(process.cwd(), dir));
  console.log(`${name}`);
  console.log(
    `  On-topic pages: ${r.onTopic}; labeled terms: ${r.expected}; recall ${pct(r.recall)}; precision ${pct(r.precision)}`,
  );
  console.log(`  Off-topic pages: ${r.offTopic}; marks on them: ${r.offTopicMarks}`);
  for (const p of r.pages) {
    if (p.missed.length || p.unexpected.length || (p.file.startsWith('off-topic/') && p.marks)) {
      console.log(
        `    ${p.file}: missed ${p.missed.join(', ') || '-'}; not labeled ${p.unexpected.join(', ') || '-'}${p.file.startsWith('off-topic/') ? `; found ${p.found.join(', ')}` : ''}`,
      );
    }
  }
  return r;
}

await report('English corpus, tuned (test/corpus)', 'test/corpus', new Matcher(index));
await report(
  'English corpus, held out (test/corpus/held-out)',
  'test/corpus/held-out',
  new Matcher(index),
);
const withVeto = new Matcher(index);
const zh = await report('Chinese corpus (test/corpus/zh)', 'test/corpus/zh', withVeto);
const without = await measureCorpus(
  new Matcher(index, { segmenterVeto: false }),
  join(process.cwd(), 'test/corpus/zh'),
);
console.log(
  `  Without the segmenter's veto: recall ${pct(without.recall)}, precision ${pct(without.precision)}, off-topic marks ${without.offTopicMarks}; the veto rejected ${withVeto.wordCuts?.rejected ?? 0} Han matches (precision ${pct(zh.precision - without.precision)} points, recall ${pct(zh.recall - without.recall)} points)`,
);
for (const example of withVeto.wordCuts?.examples ?? []) console.log(`    rejected: ${example}`);
