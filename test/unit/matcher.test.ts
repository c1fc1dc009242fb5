import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '../../src/core/chars';
import { found, matcherFor, term } from './make-index';

const m = matcherFor([
  term('nvidia', 'company', [{ text: 'Nvidia' }]),
  term('export-controls', 'concept', [{ text: 'export control', inflect: 'noun' }]),
  term('h20', 'chip', [{ text: 'H20', case: 'exact' }]),
  term('deepseek', 'lab', [{ text: 'DeepSeek' }]),
  term('deepseek-r1', 'model', [{ text: 'DeepSeek-R1' }]),
  term('entity-list', 'policy', [{ text: 'Entity List' }]),
  term('unreliable-entity-list', 'policy', [{ text: 'Unreliable Entity List' }]),
  term('smic', 'company', [{ text: 'SMIC', case: 'exact' }]),
  term('ai-plus', 'policy', [{ text: 'AI+', case: 'exact' }]),
  term('open-weight-models', 'concept', [{ text: 'open-weight model', inflect: 'noun' }]),
  term('gpu', 'technology', [{ text: 'GPU', case: 'exact', inflect: 'noun' }]),
  term('distillation', 'concept', [{ text: 'distill', inflect: 'verb' }]),
]);

describe('Matcher', () => {
  it('finds terms next to punctuation and possessives', () => {
    expect(found(m, "Nvidia’s chips (Nvidia) and Nvidia's rivals; “Nvidia”.")).toEqual([
      'nvidia:Nvidia',
      'nvidia:Nvidia',
      'nvidia:Nvidia',
      'nvidia:Nvidia',
    ]);
  });

  it('finds plurals compiled from the glossary and quoted phrases', () => {
    expect(found(m, 'New “export controls” and one export control.')).toEqual([
      'export-controls:export controls',
      'export-controls:export control',
    ]);
  });

  it('matches across a line break, repeated spaces or a non-breaking space', () => {
    expect(found(m, 'export\n   controls, export\u00a0controls')).toEqual([
      'export-controls:export\n   controls',
      'export-controls:export\u00a0controls',
    ]);
  });

  it('treats a hyphen or dash after a term as a boundary (H20-class)', () => {
    expect(found(m, 'an H20-class part and the H20—cut down')).toEqual(['h20:H20', 'h20:H20']);
  });

  it('never matches inside a longer word', () => {
    expect(found(m, 'NvidiaX H200 SMICs H20s xH20')).toEqual([]);
  });

  it('prefers the longest form starting at a position', () => {
    expect(
      found(m, 'DeepSeek-R1 and DeepSeek and the Unreliable Entity List, not the Entity List'),
    ).toEqual([
      'deepseek-r1:DeepSeek-R1',
      'deepseek:DeepSeek',
      'unreliable-entity-list:Unreliable Entity List',
      'entity-list:Entity List',
    ]);
  });

  it('accepts dash variants and spaces for hyphens in forms', () => {
    expect(found(m, 'DeepSeek‑R1, DeepSeek R1, open weight models, open–weight model')).toEqual([
      'deepseek-r1:DeepSeek‑R1',
      'deepseek-r1:DeepSeek R1',
      'open-weight-models:open weight models',
      'open-weight-models:open–weight model',
    ]);
  });

  it('keeps case where the glossary says case carries meaning', () => {
    expect(found(m, 'SMIC, smic, Smic; AI+ and ai+; GPUs and gpus')).toEqual([
      'smic:SMIC',
      'ai-plus:AI+',
      'gpu:GPUs',
    ]);
  });

  it('ignores case elsewhere, including all-caps headlines', () => {
    expect(found(m, 'NVIDIA AND DEEPSEEK')).toEqual(['nvidia:NVIDIA', 'deepseek:DEEPSEEK']);
  });

  it('finds verb inflections compiled by compromise', () => {
    expect(found(m, 'They distilled it; distilling is cheap; she distills.')).toEqual([
      'distillation:distilled',
      'distillation:distilling',
      'distillation:distills',
    ]);
  });

  it('does not match across a block boundary', () => {
    expect(found(m, `export${BLOCK_SEPARATOR}controls`)).toEqual([]);
  });

  it('finds terms in non-Latin surroundings', () => {
    expect(found(m, '英伟达（Nvidia）的H20芯片')).toEqual(['nvidia:Nvidia']);
  });

  it('reports offsets into the original text', () => {
    const text = 'The H20 ships.';
    const [c] = m.findAll(text);
    expect(text.slice(c!.start, c!.end)).toBe('H20');
    expect(c!.start).toBe(4);
  });
});
