// Saved Chinese pages in legacy encodings are read as the browser would read them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml } from '../../src/cli/decode-html';

const corpus = join(import.meta.dirname, '../corpus/zh/on-topic');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('reads a GBK page declared with http-equiv', () => {
    const raw = readFileSync(join(corpus, 'huawei-ascend-910c-smic.html'));
    expect(declaredCharset(raw)).toBe('gbk');
    expect(raw.includes(Buffer.from('中芯国际'))).toBe(false);
    expect(decodeHtml(raw)).toContain('中芯国际采用7纳米工艺制造');
  });

  it('reads a Big5 page declared with meta charset', () => {
    const raw = readFileSync(join(corpus, 'us-export-controls-taiwan-impact-tw.html'));
    expect(declaredCharset(raw)).toBe('big5');
    expect(decodeHtml(raw)).toContain('晶圓代工盡職調查規則');
  });

  it('takes UTF-8 when nothing is declared, and a byte-order mark over a meta tag', () => {
    expect(decodeHtml(bytes('<p>英伟达</p>'))).toBe('<p>英伟达</p>');
    expect(declaredCharset(bytes('\ufeff<meta charset="gbk">'))).toBe('utf-8');
  });

  it('names a charset it cannot decode', () => {
    expect(() => decodeHtml(bytes('<meta charset="x-klingon">'))).toThrow(
      'the page declares charset "x-klingon", which cannot be decoded',
    );
  });
});
