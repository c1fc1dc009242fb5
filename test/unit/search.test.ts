import { describe, expect, it } from 'vitest';
import { compact, editDistance, GlossarySearch } from '../../src/core/search';

const search = new GlossarySearch([
  {
    id: 'h20',
    title: 'Nvidia H20',
    forms: ['H20', 'HGX H20'],
    summary: 'A cut-down Hopper chip for China.',
  },
  { id: 'h200', title: 'Nvidia H200', forms: ['H200'], summary: 'A Hopper chip with more memory.' },
  {
    id: 'entity-list',
    title: 'Entity List',
    forms: ['Entity List'],
    summary: 'The US trade blacklist.',
  },
  {
    id: 'unreliable-entity-list',
    title: 'Unreliable Entity List',
    forms: ['Unreliable Entity List'],
    summary: "China's own list.",
  },
  { id: 'deepseek', title: 'DeepSeek', forms: ['DeepSeek'], summary: 'A Hangzhou lab.' },
  {
    id: 'hbm',
    title: 'HBM (high-bandwidth memory)',
    forms: ['HBM'],
    summary: 'Stacked DRAM beside the processor.',
  },
]);
const ids = (q: string) => search.search(q).map((h) => h.id);

describe('GlossarySearch', () => {
  it('ignores case and punctuation', () => {
    expect(ids('h-20')[0]).toBe('h20');
    expect(ids('H 20')[0]).toBe('h20');
    expect(ids('entity-list')[0]).toBe('entity-list');
  });

  it('ranks exact name hits above longer names that contain the query', () => {
    expect(ids('entity list')).toEqual(['entity-list', 'unreliable-entity-list']);
    expect(ids('h20')).toEqual(['h20', 'h200']);
  });

  it('tolerates a typo', () => {
    expect(ids('deepsek')).toEqual(['deepseek']);
    expect(ids('Entitty List')[0]).toBe('entity-list');
  });

  it('finds words from summaries', () => {
    expect(ids('stacked dram')).toEqual(['hbm']);
  });

  it('returns nothing for an empty query or nonsense', () => {
    expect(ids('  ')).toEqual([]);
    expect(ids('zzzzqqq')).toEqual([]);
  });
});

describe('helpers', () => {
  it('compact keeps only letters and digits', () => {
    expect(compact('AI+ (“AI Plus”)')).toBe('aiaiplus');
  });
  it('editDistance counts a transposition as one edit', () => {
    expect(editDistance('nvdiia', 'nvidia', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
