// The labeled corpus: recall on on-topic pages, nothing at all on off-topic pages full of traps.
// test/corpus/held-out is a second set that no form or rule was tuned against; it must stay free
// of off-topic marks, and its recall and precision are held to lower bars, since they estimate how
// the detector does on pages nobody fitted it to.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCorpus } from '../corpus/measure';
import { matcher } from './glossary-fixture';

type Result = Awaited<ReturnType<typeof measureCorpus>>;

const tuned = await measureCorpus(matcher, join(import.meta.dirname, '../corpus'));
const heldOut = await measureCorpus(matcher, join(import.meta.dirname, '../corpus/held-out'));

const misses = (r: Result) =>
  r.pages.filter((p) => p.missed.length).map((p) => `${p.file}: ${p.missed.join(', ')}`);
const extras = (r: Result) =>
  r.pages.filter((p) => p.unexpected.length).map((p) => `${p.file}: ${p.unexpected.join(', ')}`);
const offTopicMarked = (r: Result) =>
  r.pages
    .filter((p) => p.file.startsWith('off-topic/') && p.marks > 0)
    .map((p) => `${p.file}: ${p.found.join(', ')}`);

describe('the labeled corpus (tuned set)', () => {
  it('has at least 30 on-topic and 30 off-topic pages', () => {
    expect(tuned.onTopic).toBeGreaterThanOrEqual(30);
    expect(tuned.offTopic).toBeGreaterThanOrEqual(30);
  });

  it('finds at least 95% of the labeled terms on on-topic pages', () => {
    expect(tuned.recall, misses(tuned).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('marks nothing on off-topic pages', () => {
    expect(offTopicMarked(tuned)).toEqual([]);
  });

  it('marks only labeled or acceptable terms on on-topic pages (precision of at least 95%)', () => {
    expect(tuned.precision, extras(tuned).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the held-out corpus (never tuned against)', () => {
  it('has on-topic and off-topic pages of its own', () => {
    expect(heldOut.onTopic).toBeGreaterThanOrEqual(8);
    expect(heldOut.offTopic).toBeGreaterThanOrEqual(4);
  });

  it('marks nothing on off-topic pages', () => {
    expect(offTopicMarked(heldOut)).toEqual([]);
  });

  it('keeps recall and precision above a low bar of 85%', () => {
    expect(heldOut.recall, misses(heldOut).join('\n')).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.precision, extras(heldOut).join('\n')).toBeGreaterThanOrEqual(0.85);
  });
});
