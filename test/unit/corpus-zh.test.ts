// The Chinese labeled corpus: simplified and traditional pages (one saved as GBK, one as Big5),
// and off-topic pages built around words with a second life (推理小说, 体育训练, 模型, 芯片评测,
// 代币/令牌, 盘古, 星火燎原, 豆包, 混元).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCorpus } from '../corpus/measure';
import { matcher } from './glossary-fixture';

const result = await measureCorpus(matcher, join(import.meta.dirname, '../corpus/zh'));

describe('the Chinese labeled corpus', () => {
  it('has at least 12 on-topic and 10 off-topic pages', () => {
    expect(result.onTopic).toBeGreaterThanOrEqual(12);
    expect(result.offTopic).toBeGreaterThanOrEqual(10);
  });

  it('finds at least 95% of the labeled terms on on-topic pages', () => {
    const missed = result.pages
      .filter((p) => p.missed.length)
      .map((p) => `${p.file}: ${p.missed.join(', ')}`);
    expect(result.recall, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('marks only labeled or acceptable terms on on-topic pages (precision of at least 95%)', () => {
    const extra = result.pages
      .filter((p) => p.unexpected.length)
      .map((p) => `${p.file}: ${p.unexpected.join(', ')}`);
    expect(result.precision, extra.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the GBK and Big5 pages as well as the UTF-8 ones', () => {
    for (const file of [
      'on-topic/huawei-ascend-910c-smic.html',
      'on-topic/us-export-controls-taiwan-impact-tw.html',
    ]) {
      const page = result.pages.find((p) => p.file === file)!;
      expect(page.missed, file).toEqual([]);
    }
  });

  it('marks nothing on off-topic pages', () => {
    const marked = result.pages
      .filter((p) => p.file.startsWith('off-topic/') && p.marks > 0)
      .map((p) => `${p.file}: ${p.found.join(', ')}`);
    expect(marked).toEqual([]);
  });
});
