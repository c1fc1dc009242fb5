// The labeled corpus: recall on on-topic pages, nothing at all on off-topic pages full of traps.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCorpus } from '../corpus/measure';
import { matcher } from './glossary-fixture';

const result = await measureCorpus(matcher, join(import.meta.dirname, '../corpus'));

describe('the labeled corpus', () => {
  it('has at least 20 on-topic and 15 off-topic pages', () => {
    expect(result.onTopic).toBeGreaterThanOrEqual(20);
    expect(result.offTopic).toBeGreaterThanOrEqual(15);
  });

  it('finds at least 95% of the labeled terms on on-topic pages', () => {
    const missed = result.pages
      .filter((p) => p.missed.length)
      .map((p) => `${p.file}: ${p.missed.join(', ')}`);
    expect(result.recall, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('marks nothing on off-topic pages', () => {
    const marked = result.pages
      .filter((p) => p.file.startsWith('off-topic/') && p.marks > 0)
      .map((p) => `${p.file}: ${p.found.join(', ')}`);
    expect(marked).toEqual([]);
  });

  it('marks only labeled or acceptable terms on on-topic pages (precision of at least 90%)', () => {
    const extra = result.pages
      .filter((p) => p.unexpected.length)
      .map((p) => `${p.file}: ${p.unexpected.join(', ')}`);
    expect(result.precision, extra.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
