// Saved highlights on edited pages: at least 95% placed correctly, none placed wrongly; the edits
// that broke the first version; and the 500-passage page, against Hypothesis's matcher.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchor } from '../../src/core/anchoring';
import { matchQuote } from '../bench/reference/hypothesis-match-quote';
import { measureHardCases, measureRobustness } from '../corpus/anchoring-robustness';
import { buildEditedPage, measureOn } from '../corpus/edited-page';

const corpus = join(import.meta.dirname, '../corpus');
const result = measureRobustness(corpus);

describe('re-anchoring saved highlights after the page changed', () => {
  it('tries at least 600 passages across every kind of edit', () => {
    expect(result.total).toBeGreaterThanOrEqual(600);
    expect(Object.keys(result.byScenario)).toHaveLength(6);
  });

  it('places at least 95% correctly', () => {
    expect(result.correct / result.total, JSON.stringify(result.byScenario)).toBeGreaterThanOrEqual(
      0.95,
    );
  });

  it('never places a highlight on the wrong passage', () => {
    expect(result.wrong, JSON.stringify(result.byScenario)).toBe(0);
  });
});

describe('the edits that broke the first version', () => {
  const hard = measureHardCases(corpus);
  for (const [kind, counts] of Object.entries(hard)) {
    it(`${kind}: none wrong, at least 90% correct`, () => {
      expect(counts.wrong, JSON.stringify(counts)).toBe(0);
      expect(counts.correct / counts.total, JSON.stringify(counts)).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('500 passages with two words changed each, new paragraphs inserted', () => {
  it('places at least as many correctly as Hypothesis’s matcher, and none wrongly', {
    timeout: 120_000,
  }, () => {
    const page = buildEditedPage(corpus);
    const ours = measureOn(page, (text, target) => anchor(text, target));
    const reference = measureOn(page, (text, target) =>
      matchQuote(text, target.quote.exact, {
        prefix: target.quote.prefix,
        suffix: target.quote.suffix,
        hint: target.position.start,
      }),
    );
    const report = JSON.stringify({ ours, reference });
    expect(ours.wrong, report).toBe(0);
    expect(ours.correct, report).toBeGreaterThanOrEqual(reference.correct);
  });
});
