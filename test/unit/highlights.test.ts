import { describe, expect, it } from 'vitest';
import { describeRange } from '../../src/core/anchoring';
import {
  type HighlightRecord,
  ImportError,
  matchesSearch,
  mergeById,
  parseExport,
  toJson,
  toMarkdown,
} from '../../src/core/highlights';
import { normalizeUrl } from '../../src/core/url';

const text =
  'Nvidia designed the H20 after the October 2023 rules.\u2029A licence became required in April 2025.';

function record(over: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    url: 'https://news.example/h20',
    title: 'The H20 story',
    created: '2026-11-20T10:00:00.000Z',
    modified: '2026-11-20T10:00:00.000Z',
    color: 'yellow',
    note: 'Check the date.',
    tags: ['h20', 'october-2023-rules'],
    target: describeRange(text, 7, text.length),
    ...over,
  };
}

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in a stable order', () => {
    expect(normalizeUrl('https://News.example/a?utm_source=x&b=2&a=1&fbclid=z#section')).toBe(
      'https://news.example/a?a=1&b=2',
    );
    expect(normalizeUrl('https://news.example/a?gclid=1')).toBe('https://news.example/a');
  });
});

describe('JSON export and import', () => {
  it('round-trips every field', () => {
    const r = record();
    expect(parseExport(toJson([r], '2026-11-28T00:00:00.000Z'))).toEqual([r]);
  });

  it('is shaped as W3C Web Annotations with a format version', () => {
    const data = JSON.parse(toJson([record()]));
    expect(data).toMatchObject({ format: 'ai-race-lens-highlights', version: 2 });
    const [item] = data.items;
    expect(item['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(item.type).toBe('Annotation');
    expect(item.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
  });

  const refused = (text: string) => {
    try {
      parseExport(text);
    } catch (err) {
      expect(err).toBeInstanceOf(ImportError);
      return (err as Error).message;
    }
    throw new Error('accepted');
  };

  it('refuses a file that is not JSON, not ours, or from another version', () => {
    expect(refused('not json')).toMatch(/not JSON/);
    expect(refused('{"items": []}')).toMatch(/not an AI Race Lens highlights export/);
    expect(refused('{"format":"ai-race-lens-highlights","version":9,"items":[]}')).toMatch(
      /version 9/,
    );
  });

  it('names the highlight and what is wrong with it', () => {
    const data = JSON.parse(toJson([record(), record({ id: 'a1b2c3d4-0000' })]));
    data.items[1].target.selector = [];
    expect(refused(JSON.stringify(data))).toBe(
      'Highlight 2: has no TextQuoteSelector with text. Nothing was imported.',
    );
    data.items[1] = {
      ...data.items[0],
      target: { ...data.items[0].target, source: 'javascript:alert(1)' },
    };
    expect(refused(JSON.stringify(data))).toMatch(/^Highlight 2: has no http\(s\) page address/);
  });
});

describe('mergeById', () => {
  it('adds new highlights, updates newer ones and leaves the rest', () => {
    const a = record({ id: 'aaaaaaaa-1' });
    const b = record({ id: 'bbbbbbbb-2' });
    const newerB = { ...b, note: 'edited', modified: '2026-11-21T00:00:00.000Z' };
    const olderA = { ...a, note: 'stale', modified: '2026-01-01T00:00:00.000Z' };
    const c = record({ id: 'cccccccc-3' });
    const merged = mergeById([a, b], [olderA, newerB, c]);
    expect(merged.changed.map((r) => r.id)).toEqual(['bbbbbbbb-2', 'cccccccc-3']);
    expect(merged).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
  });
});

describe('toMarkdown', () => {
  it('groups by page with title, URL, date, quote, note and term tags', () => {
    const md = toMarkdown([record()], (id) => ({ h20: 'Nvidia H20' })[id] ?? id);
    expect(md).toBe(
      [
        '# AI Race Lens highlights',
        '',
        '## The H20 story',
        '',
        '<https://news.example/h20>',
        '',
        '> designed the H20 after the October 2023 rules.',
        '> A licence became required in April 2025.',
        '',
        '*Saved 2026-11-20 · yellow · terms: Nvidia H20, october-2023-rules*',
        '',
        'Check the date.',
        '',
      ].join('\n'),
    );
  });
});

describe('matchesSearch', () => {
  it('searches quote, note, title and tags', () => {
    const r = record();
    const title = (id: string) => (id === 'h20' ? 'Nvidia H20' : id);
    expect(matchesSearch(r, 'licence', title)).toBe(true);
    expect(matchesSearch(r, 'check date', title)).toBe(true);
    expect(matchesSearch(r, 'nvidia h20', title)).toBe(true);
    expect(matchesSearch(r, 'huawei', title)).toBe(false);
  });
});

describe('Markdown export from a hostile page', () => {
  const hostile = record({
    id: 'e0e0e0e0-1',
    url: 'https://evil.example/a?x=<script>alert(1)</script>&y="onerror=',
    title: 'Title <script>alert(1)</script>\n## injected heading\n<img src=x onerror=alert(2)>',
    note: '[click](javascript:alert(3)) <iframe src="javascript:alert(4)"></iframe>\n# not a heading',
    tags: ['h20', '<b>bad</b>'],
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact:
          'quote <script>alert(5)</script> and ![x](javascript:alert(6)) <a href="javascript:alert(7)">link</a>',
        prefix: '',
        suffix: '',
      },
      position: { type: 'TextPositionSelector', start: 0, end: 10 },
    },
  });

  it('renders with a real Markdown renderer (HTML allowed) to no script, handler or javascript: URL', async () => {
    const { default: MarkdownIt } = await import('markdown-it');
    const md = toMarkdown([hostile], (id) => (id === 'h20' ? 'Nvidia H20' : undefined));
    for (const renderer of [new MarkdownIt(), new MarkdownIt({ html: true, linkify: true })]) {
      const html = renderer.render(md);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<(img|iframe|a)\b[^>]*\son\w+=/i);
      expect(html).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
      expect(html).not.toMatch(/<iframe|<img/i);
    }
  });

  it('keeps the title on one line, the link http(s) only, and terms from the glossary only', () => {
    const md = toMarkdown([hostile], (id) => (id === 'h20' ? 'Nvidia H20' : undefined));
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toHaveLength(2);
    expect(md).toContain('terms: Nvidia H20');
    expect(md).not.toContain('bad');
    const link = md.split('\n').find((l) => l.startsWith('<http'))!;
    expect(link).not.toMatch(/[\s"]|<script/);
    // A page address that is not http(s) gets no link at all.
    const bad = toMarkdown([{ ...hostile, url: 'javascript:alert(1)' }], () => undefined);
    expect(bad.split('\n').filter((l) => l.startsWith('<'))).toEqual([]);
  });
});

describe('import edge cases', () => {
  const now = Date.parse('2026-11-30T00:00:00.000Z');
  const file = (items: unknown[]) =>
    JSON.stringify({ format: 'ai-race-lens-highlights', version: 2, items });
  const item = (over: Partial<HighlightRecord> = {}) =>
    JSON.parse(toJson([record(over)])).items[0] as Record<string, unknown>;
  const refusedAt = (text: string) => {
    try {
      parseExport(text, now);
    } catch (err) {
      return (err as Error).message;
    }
    return 'accepted';
  };

  it('accepts only real ISO 8601 instants, not free text, "1" or the future', () => {
    for (const created of [
      '1',
      'last Tuesday',
      '2026-02-30T10:00:00.000Z',
      '2027-01-01T00:00:00Z',
    ]) {
      expect(refusedAt(file([{ ...item(), created }]))).toMatch(/ISO 8601/);
    }
    expect(refusedAt(file([item()]))).toBe('accepted');
  });

  it('refuses huge ids, huge quotes and negative positions', () => {
    expect(refusedAt(file([{ ...item(), id: 'x'.repeat(100_000) }]))).toMatch(/no valid id/);
    const long = item();
    (long.target as { selector: { exact?: string }[] }).selector[0]!.exact = 'a'.repeat(2_000_000);
    expect(refusedAt(file([long]))).toMatch(/too large|longer than 5,000/);
    const negative = item();
    (negative.target as { selector: { start?: number }[] }).selector[1]!.start = -5;
    expect(refusedAt(file([negative]))).toMatch(/TextPositionSelector/);
  });

  it('refuses a file over the size limit with a clear "too large", before parsing it', () => {
    expect(refusedAt(' '.repeat(9_000_000))).toMatch(/^This file is too large \(9\.0 MB\)/);
  });

  it('merges duplicate ids in one file (the newer wins) and counts them once', () => {
    const older = item({ note: 'old', modified: '2026-11-20T10:00:00.000Z' });
    const newer = item({ note: 'new', modified: '2026-11-25T10:00:00.000Z' });
    const parsed = parseExport(file([older, newer, older]), now);
    expect(parsed.map((r) => r.note)).toEqual(['new']);
    expect(mergeById([], parsed)).toMatchObject({ added: 1, updated: 0, unchanged: 0 });
  });
});
