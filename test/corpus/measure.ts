// Precision and recall of the detector on the labeled corpus, with the same page + core code
// the extension and the scan CLI run (jsdom stands in for the browser's DOM).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { decodeHtml } from '../../src/cli/decode-html';
import type { Matcher } from '../../src/core/matcher';
import { tagPartOfSpeech } from '../../src/core/part-of-speech';
import { namedTerms } from '../../src/core/summary';
import { detectPage } from '../../src/page/detect-page';

interface Label {
  expected: string[];
  allowed: string[];
}

export interface PageResult {
  file: string;
  found: string[];
  missed: string[];
  unexpected: string[];
  marks: number;
}

export async function detectFile(
  corpusDir: string,
  file: string,
  matcher: Matcher,
): Promise<{ ids: string[]; marks: number }> {
  const { document } = new JSDOM(decodeHtml(readFileSync(join(corpusDir, file)))).window;
  const { detection } = await detectPage(document, matcher, { tagger: () => tagPartOfSpeech });
  const { matches } = detection;
  const ids = namedTerms(matches, matcher.index);
  return { ids, marks: matches.length };
}

/** `corpusDir` holds labels.json and the pages it names. */
export async function measureCorpus(matcher: Matcher, corpusDir: string) {
  const labels = JSON.parse(readFileSync(join(corpusDir, 'labels.json'), 'utf8')) as Record<
    string,
    Label
  >;
  const pages: PageResult[] = [];
  for (const [file, label] of Object.entries(labels)) {
    const { ids, marks } = await detectFile(corpusDir, file, matcher);
    const ok = new Set([...label.expected, ...label.allowed]);
    pages.push({
      file,
      found: ids,
      missed: label.expected.filter((id) => !ids.includes(id)),
      unexpected: ids.filter((id) => !ok.has(id)),
      marks,
    });
  }
  const onTopic = pages.filter((p) => p.file.startsWith('on-topic/'));
  const offTopic = pages.filter((p) => p.file.startsWith('off-topic/'));
  const expected = onTopic.reduce((n, p) => n + labels[p.file]!.expected.length, 0);
  const missed = onTopic.reduce((n, p) => n + p.missed.length, 0);
  const found = onTopic.reduce((n, p) => n + p.found.length, 0);
  const unexpected = onTopic.reduce((n, p) => n + p.unexpected.length, 0);
  return {
    pages,
    onTopic: onTopic.length,
    offTopic: offTopic.length,
    recall: (expected - missed) / expected,
    precision: (found - unexpected) / found,
    expected,
    offTopicMarks: offTopic.reduce((n, p) => n + p.marks, 0),
  };
}
