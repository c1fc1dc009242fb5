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

  it('finds Latin terms glued to Chinese characters', () => {
    expect(found(m, '英伟达（Nvidia）的H20芯片和DeepSeek-R1模型')).toEqual([
      'nvidia:Nvidia',
      'h20:H20',
      'deepseek-r1:DeepSeek-R1',
    ]);
  });

  it('reads full-width letters, digits and spaces as their ASCII forms', () => {
    expect(found(m, 'Ｈ２０和ＳＭＩＣ，export\u3000controls')).toEqual([
      'h20:Ｈ２０',
      'smic:ＳＭＩＣ',
      'export-controls:export\u3000controls',
    ]);
  });

  it('reports offsets into the original text', () => {
    const text = 'The H20 ships.';
    const [c] = m.findAll(text);
    expect(text.slice(c!.start, c!.end)).toBe('H20');
    expect(c!.start).toBe(4);
  });
});

describe('Matcher on Chinese text', () => {
  const zh = matcherFor([
    term('nvidia', 'company', [{ text: 'Nvidia' }, { text: '英伟达' }, { text: '輝達' }]),
    term('h20', 'chip', [{ text: 'H20', case: 'exact' }, { text: 'H20芯片' }]),
    term('huawei', 'company', [{ text: 'Huawei' }, { text: '华为' }]),
    term('ascend', 'chip', [{ text: 'Ascend', case: 'exact' }, { text: '昇腾' }]),
    term('ascend-910c', 'chip', [{ text: 'Ascend 910C' }, { text: '昇腾 910C' }]),
    term('big-fund', 'program', [{ text: '大基金' }]),
    term('compute', 'concept', [{ text: '算力' }]),
    term('entity-list', 'policy', [{ text: '实体清单' }]),
    term('ai-chips', 'concept', [{ text: '芯片' }]),
    term('tsmc', 'company', [{ text: '台积电' }]),
    term('lithography', 'technology', [{ text: '光刻机' }]),
    term('iflytek-spark', 'model', [{ text: '星火' }]),
  ]);

  it('matches Han forms by characters, with no spaces around them', () => {
    expect(found(zh, '美国把华为列入实体清单后，英伟达股价下跌。')).toEqual([
      'huawei:华为',
      'entity-list:实体清单',
      'nvidia:英伟达',
    ]);
  });

  it('prefers the longest form, mixing Latin and Han (H20芯片, 昇腾910C)', () => {
    expect(found(zh, '英伟达H20芯片不敌昇腾910C，也不敌昇腾 910C')).toEqual([
      'nvidia:英伟达',
      'h20:H20芯片',
      'ascend-910c:昇腾910C',
      'ascend-910c:昇腾 910C',
    ]);
  });

  it('splits Latin and Han runs at the script change (华为Ascend)', () => {
    expect(found(zh, '华为Ascend芯片')).toEqual(['huawei:华为', 'ascend:Ascend', 'ai-chips:芯片']);
  });

  it('finds traditional and Taiwan forms the build derived from simplified ones', () => {
    expect(found(zh, '美國把華為列入實體清單，輝達與英偉達的晶片')).toEqual([
      'huawei:華為',
      'entity-list:實體清單',
      'nvidia:輝達',
      'nvidia:英偉達',
      'ai-chips:晶片',
    ]);
  });

  it('rejects a match that cuts through a longer word', () => {
    expect(found(zh, '地方政府扩大基金规模，燃起星火燎原之势')).toEqual([]);
    expect(zh.wordCuts!.examples).toEqual(['地方政府扩[大基金]规模', '燃起[星火]燎原之势']);
  });

  it('keeps a match the segmenter glues a neighbour onto (对台|积|电, 紫外光|刻|机)', () => {
    expect(found(zh, '美国对台积电施压，极紫外光刻机禁运')).toEqual([
      'tsmc:台积电',
      'lithography:光刻机',
    ]);
  });

  it('keeps a match the segmenter splits inside (英伟|达, 芯|片)', () => {
    expect(found(zh, '台积电为英伟达代工芯片')).toEqual([
      'tsmc:台积电',
      'nvidia:英伟达',
      'ai-chips:芯片',
    ]);
  });
});
