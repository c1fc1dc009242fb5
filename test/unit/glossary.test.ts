// The shipped glossary: every entry valid, the coverage the product promises, links that agree.
import { describe, expect, it } from 'vitest';
import { KINDS_NEEDING_FACTS } from '../../src/glossary/schema';
import { compiled, shipped } from './glossary-fixture';

const { terms, trends, problems } = shipped;
const byId = new Map(terms.map((t) => [t.id, t]));

describe('the shipped glossary', () => {
  it('has no validation problems', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 150 terms and 12 trends', () => {
    expect(terms.length).toBeGreaterThanOrEqual(150);
    expect(trends.length).toBeGreaterThanOrEqual(12);
  });

  it('covers the terms readers of AI-race news meet', () => {
    for (const id of [
      'inference',
      'training',
      'export-controls',
      'entity-list',
      'h20',
      'hbm',
      'ascend-910c',
      'smic-7nm',
      'big-fund-iii',
      'deepseek-r1',
      'ai-plus',
      'ai-diffusion-rule',
      'jensen-huang',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
  });

  it('gives every chip, company, lab, model, policy, agency and program two dated facts', () => {
    const short = terms.filter(
      (t) => KINDS_NEEDING_FACTS.includes(t.kind) && (t.facts?.length ?? 0) < 2,
    );
    expect(short.map((t) => t.id)).toEqual([]);
  });

  it('links terms and trends both ways', () => {
    for (const trend of trends) {
      for (const id of trend.terms)
        expect(byId.get(id)?.trends, `${trend.id} → ${id}`).toContain(trend.id);
    }
    // A term joins a trend from its own file; the compiled trend lists it without an edit there.
    for (const term of terms) {
      for (const id of term.trends) {
        expect(compiled.cards.trends[id]?.terms, `${term.id} → ${id}`).toContain(term.id);
      }
    }
  });

  it('links related terms both ways', () => {
    const oneWay = terms.flatMap((t) =>
      t.related
        .filter((id) => !byId.get(id)?.related.includes(t.id))
        .map((id) => `${t.id} → ${id}`),
    );
    expect(oneWay).toEqual([]);
  });

  it('keeps facts and timelines in date order', () => {
    const unordered = [
      ...terms.filter((t) => !isSorted((t.facts ?? []).map((f) => f.date))).map((t) => t.id),
      ...trends.filter((t) => !isSorted(t.timeline.map((e) => e.date))).map((t) => t.id),
    ];
    expect(unordered).toEqual([]);
  });
});

function isSorted(dates: string[]): boolean {
  return dates.every((d, i) => i === 0 || dates[i - 1]! <= d);
}

describe('compiled forms', () => {
  const formsOf = (id: string) => {
    const index = compiled.index.terms.findIndex((t) => t.id === id);
    return compiled.index.surfaces.filter((s) => s.term === index).map((s) => s.text);
  };

  it('include plurals made by compromise', () => {
    expect(formsOf('export-controls')).toEqual(
      expect.arrayContaining(['export control', 'export controls']),
    );
    expect(formsOf('gpu')).toEqual(expect.arrayContaining(['GPU', 'GPUs']));
    expect(formsOf('data-centers')).toEqual(
      expect.arrayContaining(['data centres', 'data centers']),
    );
    expect(formsOf('ai-chips')).toEqual(expect.arrayContaining(['chips', 'AI chips']));
    expect(formsOf('foundry')).toContain('foundries');
  });

  it('keep ambiguous forms tied to their rules', () => {
    const index = compiled.index.terms.findIndex((t) => t.id === 'training');
    const ruled = compiled.index.surfaces.filter((s) => s.term === index && s.rule !== undefined);
    expect(ruled.length).toBeGreaterThan(0);
    for (const s of ruled) expect(compiled.index.rules[s.rule!]!.against).toContain('marathon');
  });
});
