// Re-anchoring, ours beside Hypothesis's matchQuote, in one run on the same text: the 500
// edited passages (placed correctly, wrongly, not at all, and total time), one edited quote of
// 1,000 to 5,000 characters (time per re-anchor), the robustness corpus and the hard cases.
import { join } from 'node:path';
import { anchor, describeRange, type TextTarget } from '../../src/core/anchoring';
import { measureHardCases, measureRobustness } from '../corpus/anchoring-robustness';
import { buildEditedPage, corpusText, measureOn } from '../corpus/edited-page';
import { matchQuote } from './reference/hypothesis-match-quote';

const corpus = join(process.cwd(), 'test', 'corpus');
const reference = (text: string, t: TextTarget) =>
  matchQuote(text, t.quote.exact, {
    prefix: t.quote.prefix,
    suffix: t.quote.suffix,
    hint: t.position.start,
  });
const ours = (text: string, t: TextTarget) => anchor(text, t);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const page = buildEditedPage(corpus);
// Warm both up once, then measure each three times and keep the median.
measureOn(page, ours);
measureOn(page, reference);
const runs = {
  ours: [] as ReturnType<typeof measureOn>[],
  reference: [] as ReturnType<typeof measureOn>[],
};
for (let i = 0; i < 3; i++) {
  runs.ours.push(measureOn(page, ours));
  runs.reference.push(measureOn(page, reference));
}
const line = (name: string, r: ReturnType<typeof measureOn>[]) => {
  const m = r[0]!;
  console.log(
    `${name.padEnd(22)} correct ${m.correct}  partial ${m.partial}  wrong ${m.wrong}  missing ${m.missing}  total ${median(r.map((x) => x.ms)).toFixed(0)} ms`,
  );
};
console.log(
  `500 passages, two words changed in each, new paragraphs inserted (${page.edited.length.toLocaleString('en')} characters):`,
);
line('ours', runs.ours);
line('Hypothesis matchQuote', runs.reference);

console.log('\nOne edited quote (two words changed, a paragraph inserted above), median of 5:');
const text = corpusText(corpus);
for (const length of [1000, 2000, 5000]) {
  const start = text.indexOf(' ', Math.floor(text.length / 3)) + 1;
  const target = describeRange(text, start, start + length);
  const passage = text.slice(start, start + length);
  const words = [...passage.matchAll(/\p{L}{4,}/gu)];
  let changed = passage;
  for (const w of [words[Math.floor(words.length * 0.7)]!, words[Math.floor(words.length * 0.2)]!])
    changed = `${changed.slice(0, w.index!)}reportedly${changed.slice(w.index! + w[0].length)}`;
  const edited = `A new paragraph.\u2029${text.slice(0, start)}${changed}${text.slice(start + length)}`;
  const time = (f: (text: string, t: TextTarget) => unknown) => {
    const ms: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      f(edited, target);
      ms.push(performance.now() - t0);
    }
    return median(ms).toFixed(1);
  };
  console.log(
    `  ${length.toLocaleString('en').padStart(5)} characters: ours ${time(ours)} ms, Hypothesis ${time(reference)} ms`,
  );
}

const robust = measureRobustness(corpus);
console.log(
  `\nRobustness corpus: ${robust.total} passages, ${robust.correct} correct, ${robust.partial} partial, ${robust.wrong} wrong, ${robust.missing} not found`,
);
for (const [kind, c] of Object.entries(measureHardCases(corpus)))
  console.log(
    `  ${kind}: ${c.correct}/${c.total} correct, ${c.wrong} wrong, ${c.missing} not found`,
  );
