// The relevance judgement as an editor would make it, on the shipped glossary: short briefs with
// one specific name are on topic, topic words alone never are, the headline weighs double, and a
// maker + product name is one mark on the product's card.
import { describe, expect, it } from 'vitest';
import { detectTerms } from '../../src/core/detect';
import type { Candidate } from '../../src/core/matcher';
import { assessRelevance } from '../../src/core/relevance';
import { namedTerms, summarizeMatches } from '../../src/core/summary';
import { compiled, matcher } from './glossary-fixture';

const idOf = (c: Candidate) => compiled.index.terms[c.term]!.id;

describe('relevance', () => {
  it('annotates a one-sentence brief that names one specific chip among the topic’s words', () => {
    const d = detectTerms(
      'Nvidia will resume H20 sales to China after the US granted licences.',
      matcher,
    );
    expect(d.relevance.relevant).toBe(true);
    expect(d.relevance.verdict).toMatch(/short page/);
    expect(d.matches.map(idOf)).toEqual(['nvidia', 'h20']);
  });

  it('never annotates on topic words alone, however many', () => {
    const text =
      'Beijing and Washington traded barbs over tariffs, sanctions and semiconductors, and Chinese exports of artificial intelligence processors rose, lawmakers in Congress said.';
    const d = detectTerms(text, matcher);
    expect(d.relevance.relevant).toBe(false);
    expect(d.relevance.verdict).toMatch(/no unambiguous glossary term/);
    expect(d.matches).toEqual([]);
  });

  it('needs a sign of the technology, not only agencies and people', () => {
    const text =
      'The Treasury Department and OFAC sanctioned tankers carrying Iranian oil, and Scott Bessent said Washington would act again.';
    const d = detectTerms(text, matcher);
    expect(d.relevance.relevant).toBe(false);
    expect(d.relevance.verdict).toMatch(/no sign of the technology itself/);
    const chips = detectTerms(
      'The Treasury Department and OFAC sanctioned a broker shipping Nvidia H20 chips to China.',
      matcher,
    );
    expect(chips.relevance.relevant).toBe(true);
  });

  it('needs more than one weak term on a long page', () => {
    const filler = 'The weather was mild and the market was busy with shoppers. '.repeat(120);
    const d = detectTerms(`${filler} Nvidia sponsored the fair in Washington. ${filler}`, matcher);
    expect(d.relevance.relevant).toBe(false);
  });

  it('weighs a term in the headline double and says so', () => {
    const text =
      'The rules tightened again this year, officials in Washington said of semiconductors.';
    const headlineText = 'Export controls: what changed';
    const candidates = matcher.findAll(text);
    const signals: Candidate[] = [];
    matcher.findAll(text, 0, text.length, signals);
    const headline = { text: headlineText, candidates: matcher.findAll(headlineText) };
    const withHeadline = assessRelevance({ candidates, text, signals, headline }, compiled.index);
    const without = assessRelevance({ candidates, text, signals }, compiled.index);
    expect(without.relevant).toBe(false);
    expect(withHeadline.reasons[0]).toMatchObject({
      kind: 'headline',
      id: 'export-controls',
      weight: 2,
    });
    expect(withHeadline.score).toBeGreaterThan(without.score);
  });

  it('lists every piece of evidence with its weight, strongest first', () => {
    const d = detectTerms('Huawei said SMIC made the Ascend 910C for China.', matcher);
    const weights = d.relevance.reasons.map((r) => r.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(d.relevance.reasons.map((r) => r.id)).toEqual(
      expect.arrayContaining(['huawei', 'smic', 'ascend-910c', 'china']),
    );
  });
});

describe('maker + product names', () => {
  it.each([
    ['Nvidia H20', 'h20', 'nvidia'],
    ['Nvidia’s H20', 'h20', 'nvidia'],
    ['Huawei Ascend 910C', 'ascend-910c', 'huawei'],
    ["Alibaba's Qwen", 'qwen', 'alibaba'],
    ["DeepSeek's R1", 'deepseek-r1', 'deepseek'],
  ])('"%s" is one mark on the %s card, and the page still names %s', (name, product, maker) => {
    const text = `Analysts in Beijing compared ${name} with rivals as export rules tightened on AI chips.`;
    const d = detectTerms(text, matcher);
    const mark = d.matches.find((m) => text.slice(m.start, m.end) === name);
    expect(mark && idOf(mark)).toBe(product);
    expect(namedTerms(d.matches, compiled.index)).toEqual(expect.arrayContaining([product, maker]));
    // Listed terms are the marked ones: each can be jumped to.
    const listed = summarizeMatches(d.matches, compiled.index).terms.map((t) => t.id);
    expect(listed).toContain(product);
  });
});
