import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  isValidDate,
  type Term,
  type Trend,
  validateGlossary,
  validateTerm,
  validateTrend,
} from '../../src/glossary/schema';

function validTerm(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'h20',
    title: 'Nvidia H20',
    kind: 'chip',
    side: 'us',
    forms: [{ text: 'H20', case: 'exact' }],
    summary: 'A cut-down Hopper chip for China.',
    background: 'Designed after the October 2023 rules.',
    whyItMatters: 'It shows how the rules shape products.',
    facts: [
      { date: '2025-04-09', text: 'A licence became required.', source: 'https://example.com/a' },
      { date: '2025-07-15', text: 'Sales were to resume.', source: 'https://example.com/b' },
    ],
    related: [],
    trends: [],
    sources: [{ title: 'Example', url: 'https://example.com/' }],
    asOf: '2026-11',
    reviewed: '2026-11-28',
    ...over,
  };
}

function validTrend(over: Record<string, unknown> = {}): Record<string, unknown> {
  const event = (d: string) => ({
    date: d,
    text: 'Something happened.',
    source: 'https://example.com/e',
  });
  return {
    id: 'china-specific-chips',
    title: 'China-specific chips',
    summary: 'Chips cut down to fit the rules.',
    whyItMatters: 'They show the rules at work.',
    timeline: ['2022-11-08', '2023-03-21', '2023-10-17', '2024-02-01', '2025-04-09'].map(event),
    terms: ['a', 'b', 'c', 'h20'],
    watch: ['Whether licences continue.'],
    asOf: '2026-11',
    reviewed: '2026-11-28',
    ...over,
  };
}

const messages = (r: { problems: { field: string; message: string }[] }) =>
  r.problems.map((p) => `${p.field}: ${p.message}`);

describe('validateTerm', () => {
  it('accepts a complete entry', () => {
    const r = validateTerm(validTerm(), 'terms/h20.json', 'h20');
    expect(r.problems).toEqual([]);
    expect(r.term?.title).toBe('Nvidia H20');
  });

  it('names a missing field', () => {
    const raw = validTerm();
    delete raw.summary;
    expect(messages(validateTerm(raw, 'f', 'h20'))).toEqual(['summary: is missing']);
  });

  it('rejects a malformed field (kind outside the fixed list)', () => {
    expect(messages(validateTerm(validTerm({ kind: 'gadget' }), 'f', 'h20'))).toEqual([
      'kind: "gadget" is not one of concept, chip, company, lab, model, policy, agency, program, person, place, technology',
    ]);
  });

  it('rejects an id that does not match its file', () => {
    expect(messages(validateTerm(validTerm(), 'terms/h200.json', 'h200'))).toEqual([
      'id: "h20" does not match the file name "h200"',
    ]);
  });

  it('rejects a source that is not an http(s) URL', () => {
    const r = validateTerm(
      validTerm({ sources: [{ title: 'x', url: 'ftp://example.com/x' }] }),
      'f',
      'h20',
    );
    expect(messages(r)).toEqual(['sources[0].url: "ftp://example.com/x" is not an http(s) URL']);
  });

  it('rejects an impossible date', () => {
    const facts = [
      { date: '2025-02-30', text: 'x', source: 'https://example.com/' },
      { date: '2025-01-01', text: 'y', source: 'https://example.com/' },
    ];
    expect(messages(validateTerm(validTerm({ facts }), 'f', 'h20'))).toEqual([
      'facts[0].date: "2025-02-30" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
  });

  it('requires two dated facts for a chip', () => {
    const facts = [{ date: '2025-01-01', text: 'y', source: 'https://example.com/' }];
    expect(messages(validateTerm(validTerm({ facts }), 'f', 'h20'))).toEqual([
      'facts: needs at least 2 items',
    ]);
  });

  it('rejects a field the schema does not know', () => {
    expect(messages(validateTerm(validTerm({ colour: 'red' }), 'f', 'h20'))).toEqual([
      'colour: is not a term field',
    ]);
  });

  it('rejects a malformed form', () => {
    const forms = [{ text: 'H20', case: 'upper', ambiguous: { cues: [] } }];
    expect(messages(validateTerm(validTerm({ forms }), 'f', 'h20'))).toEqual([
      'forms[0].case: must be "any" or "exact"',
      'forms[0].ambiguous.cues: must be a list of at least 1 non-empty strings',
    ]);
  });

  it('requires asOf, a month or a day no later than the review', () => {
    expect(messages(validateTerm(validTerm({ asOf: undefined }), 'h20.json', 'h20'))).toEqual([
      'asOf: is missing',
    ]);
    expect(messages(validateTerm(validTerm({ asOf: '2026' }), 'h20.json', 'h20'))).toEqual([
      'asOf: must be YYYY-MM-DD or YYYY-MM',
    ]);
    expect(messages(validateTerm(validTerm({ asOf: '2026-12-01' }), 'h20.json', 'h20'))).toEqual([
      'asOf: "2026-12-01" is after the entry was reviewed (2026-11-28)',
    ]);
  });

  it("checks a fact's until date and refuses unknown fact fields", () => {
    const fact = (over: object) => ({
      date: '2025-11-10',
      text: 'A suspension began.',
      source: 'https://example.com/s',
      ...over,
    });
    const ok = validateTerm(
      validTerm({ facts: [fact({ until: '2026-11-10' }), fact({})] }),
      'h20.json',
      'h20',
    );
    expect(ok.term?.facts?.[0]?.until).toBe('2026-11-10');
    const bad = validateTerm(
      validTerm({ facts: [fact({ until: '2026-02-30' }), fact({ ends: 'soon' })] }),
      'h20.json',
      'h20',
    );
    expect(messages(bad)).toEqual([
      'facts[0].until: "2026-02-30" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)',
      'facts[1].ends: is not a fact field',
    ]);
  });

  it('accepts Chinese text and names a zh field without Chinese in it', () => {
    const ok = validateTerm(
      validTerm({ zh: { title: '英伟达 H20', summary: '英伟达为中国市场设计的降规格芯片。' } }),
      'h20.json',
      'h20',
    );
    expect(ok.term?.zh?.title).toBe('英伟达 H20');
    const bad = validateTerm(validTerm({ zh: { title: 'Nvidia H20' } }), 'h20.json', 'h20');
    expect(messages(bad)).toEqual(['zh.summary: is missing', 'zh.title: has no Chinese']);
  });

  it('formats a problem with file and field first', () => {
    expect(
      formatProblem({
        file: 'src/glossary/terms/h20.json',
        field: 'summary',
        message: 'is missing',
      }),
    ).toBe('src/glossary/terms/h20.json: summary: is missing');
  });
});

describe('validateTrend', () => {
  it('accepts watch items with the date they should be known by', () => {
    const r = validateTrend(
      validTrend({ watch: ['Plain text.', { text: 'Ascend 950DT ships.', by: '2026-12' }] }),
      'trends/x.json',
      'china-specific-chips',
    );
    expect(r.trend?.watch).toEqual(['Plain text.', { text: 'Ascend 950DT ships.', by: '2026-12' }]);
    const bad = validateTrend(
      validTrend({ watch: [{ text: 'x', by: 'soon' }] }),
      'x',
      'china-specific-chips',
    );
    expect(messages(bad)).toEqual([
      'watch[0].by: "soon" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
  });

  it('accepts a complete trend', () => {
    expect(validateTrend(validTrend(), 'f', 'china-specific-chips').problems).toEqual([]);
  });

  it('needs five timeline events and four terms', () => {
    const r = validateTrend(
      validTrend({ timeline: (validTrend().timeline as unknown[]).slice(0, 4), terms: ['a'] }),
      'f',
      'china-specific-chips',
    );
    expect(messages(r)).toEqual([
      'timeline: needs at least 5 items',
      'terms: needs at least 4 items',
    ]);
  });
});

describe('validateGlossary (links between files)', () => {
  const file = (kind: string, id: string) => `${kind}s/${id}.json`;
  const term = (id: string, over: Partial<Term> = {}) =>
    ({ ...(validTerm({ id }) as unknown as Term), forms: [{ text: id }], ...over }) as Term;
  const trend = (over: Partial<Trend> = {}) =>
    ({ ...(validTrend() as unknown as Trend), terms: ['a', 'b', 'c', 'd'], ...over }) as Trend;
  const linked = ['a', 'b', 'c', 'd'].map((id) => term(id, { trends: ['china-specific-chips'] }));

  it('accepts consistent files', () => {
    expect(validateGlossary(linked, [trend()], file)).toEqual([]);
  });

  it('rejects a related id that does not exist', () => {
    const terms = [
      ...linked.slice(1),
      term('a', { trends: ['china-specific-chips'], related: ['zzz'] }),
    ];
    expect(validateGlossary(terms, [trend()], file)).toEqual([
      { file: 'terms/a.json', field: 'related[0]', message: 'no term "zzz"' },
    ]);
  });

  it('rejects a trend id that does not exist', () => {
    const terms = [...linked, term('e', { trends: ['nope'] })];
    expect(validateGlossary(terms, [trend()], file)).toEqual([
      { file: 'terms/e.json', field: 'trends[0]', message: 'no trend "nope"' },
    ]);
  });

  it('rejects a trend listing a term that does not list it back', () => {
    const terms = [...linked.slice(0, 3), term('d')];
    expect(validateGlossary(terms, [trend()], file)).toEqual([
      {
        file: 'trends/china-specific-chips.json',
        field: 'terms[3]',
        message: 'term "d" does not list this trend in its trends',
      },
    ]);
  });

  it('lets a term join a trend from its own file', () => {
    expect(
      validateGlossary(
        [...linked, term('e', { trends: ['china-specific-chips'] })],
        [trend()],
        file,
      ),
    ).toEqual([]);
  });

  it('rejects a form claimed by two terms with nothing to tell them apart', () => {
    const terms = [...linked, term('e', { forms: [{ text: 'A' }] })];
    const problems = validateGlossary(terms, [trend()], file);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('forms[0]');
    expect(problems[0]!.message).toMatch(/"A" is also a form of "a"/);
  });

  it('allows a shared form when both are ambiguous, or spelled apart with exact case', () => {
    const amb = { cues: ['chip'] };
    const terms = [
      ...linked.slice(2),
      term('a', { trends: ['china-specific-chips'], forms: [{ text: 'Ascend', ambiguous: amb }] }),
      term('b', { trends: ['china-specific-chips'], forms: [{ text: 'ascend', ambiguous: amb }] }),
      term('e', { forms: [{ text: 'SMIC', case: 'exact' }] }),
      term('f', { forms: [{ text: 'Smic', case: 'exact' }] }),
    ];
    expect(validateGlossary(terms, [trend()], file)).toEqual([]);
  });
});

describe('isValidDate', () => {
  it.each(['2024', '2024-02', '2024-02-29', '2025-12-31'])('accepts %s', (d) => {
    expect(isValidDate(d)).toBe(true);
  });
  it.each(['2025-02-29', '2024-13', '2024-00-10', '24-01-01', '2024/01/01', '2024-1-1'])(
    'rejects %s',
    (d) => {
      expect(isValidDate(d)).toBe(false);
    },
  );
});
