import { describe, expect, it } from 'vitest';
import { detectTerms } from '../../src/core/detect';
import { Matcher } from '../../src/core/matcher';
import { summarizeMatches } from '../../src/core/summary';
import { compileGlossary } from '../../src/glossary/compile';
import { term } from './make-index';

const terms = [
  {
    ...term('h20', 'chip', [{ text: 'H20', case: 'exact' }]),
    trends: ['china-chips', 'inference'],
  },
  { ...term('entity-list', 'policy', [{ text: 'Entity List' }]), trends: ['controls'] },
  { ...term('bis', 'agency', [{ text: 'BIS', case: 'exact' }]), trends: ['controls'] },
  { ...term('inference', 'concept', [{ text: 'inference' }]), trends: ['inference'] },
];
const trend = (id: string, ids: string[], defining?: string[]) => ({
  id,
  ...(defining ? { defining } : {}),
  title: id,
  summary: 's',
  whyItMatters: 'w',
  timeline: [],
  terms: ids,
  watch: [],
  asOf: '2026-11',
  reviewed: '2026-11-28',
});
const compiled = compileGlossary(terms, [
  trend('china-chips', ['h20', 'entity-list-free-term'], ['h20']),
  trend('controls', ['entity-list', 'bis']),
  trend('inference', ['h20', 'inference']),
  trend('one-weak-term', ['inference', 'x', 'y', 'z']),
]);
const matcher = new Matcher(compiled.index);

describe('summarizeMatches', () => {
  const text =
    'BIS added firms to the Entity List. The H20 is for inference. The H20 again, and the H20. BIS.';
  const summary = summarizeMatches(detectTerms(text, matcher).matches, compiled.index);

  it('lists terms in reading order with counts', () => {
    expect(summary.terms.map((t) => [t.id, t.count])).toEqual([
      ['bis', 2],
      ['entity-list', 1],
      ['h20', 3],
      ['inference', 1],
    ]);
  });

  it('lists a trend only when a defining term or two of its terms are on the page, sorted by score', () => {
    expect(summary.trends.map((t) => [t.id, t.terms])).toEqual([
      ['china-chips', ['h20']],
      ['inference', ['h20', 'inference']],
      ['controls', ['bis', 'entity-list']],
    ]);
    // 'one-weak-term' has one non-defining term on the page: a coincidence, not a topic.
    const scores = summary.trends.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('scores a trend 1 + ln(count) per term (defining terms double), scaled by 4 / sqrt(trend size)', () => {
    expect(summary.trends.find((t) => t.id === 'china-chips')!.score).toBe(
      Math.round(((2 * (1 + Math.log(3)) * 4) / Math.SQRT2) * 100) / 100,
    );
    expect(summary.trends.find((t) => t.id === 'controls')!.score).toBe(
      Math.round(((2 + Math.log(2)) * 4 * 100) / Math.SQRT2) / 100,
    );
  });
});
