// compromise as the part-of-speech tagger for ambiguous words. Kept out of the always-loaded
// content script: it is loaded only on pages whose ambiguous candidates ask for it.
import nlp from 'compromise';
import type { PartOfSpeech, PartOfSpeechTagger } from './disambiguate';

interface TaggedTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

export const tagPartOfSpeech: PartOfSpeechTagger = (sentence, start, end): PartOfSpeech => {
  const doc = nlp(sentence);
  const sentences = doc.json({ offset: true }) as { terms: TaggedTerm[] }[];
  for (const s of sentences) {
    for (const t of s.terms) {
      const tStart = t.offset.start;
      const tEnd = tStart + t.offset.length;
      if (tEnd <= start || tStart >= end) continue;
      if (t.tags.includes('ProperNoun')) return 'proper';
      if (t.tags.includes('Noun')) return 'noun';
      if (t.tags.includes('Verb')) return 'verb';
      // A capitalised word inside a sentence that compromise didn't know: read it as a name.
      if (tStart > 0 && /^\p{Lu}/u.test(t.text)) return 'proper';
      return 'other';
    }
  }
  return 'other';
};
