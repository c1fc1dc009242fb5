import { describe, expect, it } from 'vitest';
import { detectTerms } from '../../src/core/detect';
import { MAX_TAGGER_CALLS, type PartOfSpeechTagger } from '../../src/core/disambiguate';
import { tagPartOfSpeech } from '../../src/core/part-of-speech';
import { matcherFor, term } from './make-index';

const chipCues = {
  cues: ['nvidia', 'export', 'semiconductor', 'ai'],
  against: ['potato', 'casino'],
};
const m = matcherFor([
  term('nvidia', 'company', [{ text: 'Nvidia' }]),
  term('h20', 'chip', [{ text: 'H20', case: 'exact' }]),
  term('entity-list', 'policy', [{ text: 'Entity List' }]),
  term('ai-chips', 'technology', [{ text: 'chip', inflect: 'noun', ambiguous: chipCues }]),
  term('training', 'concept', [
    { text: 'training', ambiguous: { cues: ['model', 'gpu', 'cluster'], against: ['marathon'] } },
  ]),
  term('ascend', 'chip', [
    { text: 'Ascend', case: 'exact', ambiguous: { cues: ['huawei', 'chip'], pos: 'proper' } },
  ]),
]);

const marked = (text: string, tagger?: PartOfSpeechTagger) =>
  detectTerms(text, m, tagger).matches.map((c) => text.slice(c.start, c.end));

const onTopic = 'Nvidia sells the H20 in China. Its makers sit on the Entity List. ';

describe('ambiguous forms', () => {
  it('marks nothing at all on a page without enough unambiguous evidence', () => {
    expect(marked('Nvidia chips and training. Potato chips.')).toEqual([]);
  });

  it('keeps an ambiguous word when its sentence has a cue', () => {
    expect(marked(`${onTopic}Export rules cover these chips.`)).toContain('chips');
  });

  it('keeps an ambiguous word next to an unambiguous term in the same sentence', () => {
    expect(marked(`${onTopic}The H20 chips sold well.`)).toEqual([
      'Nvidia',
      'H20',
      'Entity List',
      'H20',
      'chips',
    ]);
  });

  it('drops it when a veto word is in the sentence, even with a cue', () => {
    expect(marked(`${onTopic}The AI lab served potato chips.`)).not.toContain('chips');
  });

  it('drops it when its sentence has no cue', () => {
    expect(marked(`${onTopic}She is training for a marathon. He ate chips.`)).toEqual([
      'Nvidia',
      'H20',
      'Entity List',
    ]);
  });

  it('looks only at the sentence, not its neighbours', () => {
    expect(marked(`${onTopic}Nvidia spoke. Then training began.`)).not.toContain('training');
  });

  it('asks compromise for the part of speech when the rule wants a proper noun', () => {
    expect(marked(`${onTopic}Huawei's Ascend chips ship.`, tagPartOfSpeech)).toContain('Ascend');
    // Capitalised at the start of a sentence, with a cue, but a verb: not the chip.
    expect(
      marked(`${onTopic}Ascend the ridge, said the Huawei guide.`, tagPartOfSpeech),
    ).not.toContain('Ascend');
  });
});

describe('a page built to make the tagger work', () => {
  it(`asks the tagger at most ${MAX_TAGGER_CALLS} times in one pass, and leaves the rest out`, () => {
    let calls = 0;
    const counting: PartOfSpeechTagger = () => {
      calls++;
      return 'proper';
    };
    // Thousands of sentences that each start with the ambiguous word and carry a cue.
    const text = onTopic + 'Ascend chips from Huawei ship. '.repeat(3000);
    const kept = marked(text, counting).filter((w) => w === 'Ascend');
    expect(calls).toBe(MAX_TAGGER_CALLS);
    expect(kept).toHaveLength(MAX_TAGGER_CALLS);
  });
});

describe('ambiguous Chinese forms', () => {
  const zh = matcherFor([
    term('nvidia', 'company', [{ text: '英伟达' }]),
    term('h20', 'chip', [{ text: 'H20', case: 'exact' }]),
    term('entity-list', 'policy', [{ text: '实体清单' }]),
    term('inference', 'concept', [
      { text: '推理', ambiguous: { cues: ['模型', '算力', 'AI'], against: ['小说', '侦探'] } },
    ]),
    term('training', 'concept', [
      { text: '训练', ambiguous: { cues: ['模型', 'GPU', '数据'], against: ['体育', '运动员'] } },
    ]),
  ]);
  const zhMarked = (text: string) =>
    detectTerms(text, zh).matches.map((c) => text.slice(c.start, c.end));
  const evidence = '英伟达的H20被限制出口。多家公司进入实体清单。';

  it('keeps a Chinese ambiguous word whose sentence has a cue, found as a substring', () => {
    expect(zhMarked(`${evidence}大模型推理需要大量算力。`)).toContain('推理');
    expect(zhMarked(`${evidence}用GPU训练模型`)).toContain('训练');
  });

  it('ends a Chinese sentence at 。！？； and a line break', () => {
    expect(zhMarked(`${evidence}他爱看推理。模型很多！`)).not.toContain('推理');
    expect(zhMarked(`${evidence}他爱看推理；模型很多`)).not.toContain('推理');
    expect(zhMarked(`${evidence}他爱看推理\n模型很多`)).not.toContain('推理');
  });

  it('drops it when a veto word is in its sentence', () => {
    expect(zhMarked(`${evidence}这部推理小说里有一个模型。`)).not.toContain('推理');
  });

  it('matches a Latin cue glued to Chinese (AI推理)', () => {
    expect(zhMarked(`${evidence}AI推理成本下降`)).toContain('推理');
  });

  it('marks nothing on a Chinese page that has not earned it', () => {
    expect(zhMarked('体育训练的强度。侦探推理模型。')).toEqual([]);
  });

  it('finds cues written in traditional script on traditional pages', () => {
    expect(zhMarked('輝達的H20被限制出口。多家公司進入實體清單。大模型推理很貴。')).toContain(
      '推理',
    );
  });
});
