import { describe, expect, it } from 'vitest';
import { detectTerms } from '../../src/core/detect';
import type { PartOfSpeechTagger } from '../../src/core/disambiguate';
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
