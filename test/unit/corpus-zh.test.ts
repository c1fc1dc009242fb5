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

  it('marks nothing on off-topic pages', () => {
    const marked = result.pages
      .filter((p) => p.file.startsWith('off-topic/') && p.marks > 0)
      .map((p) => `${p.file}: ${p.found.join(', ')}`);
    expect(marked).toEqual([]);
  });
});
