// `npm run scan -- [--json] FILE...`: runs the extension's own detection (page + core) on saved
// HTML files in Node, so a glossary author sees exactly what the extension would mark.
import { readFileSync } from 'node:fs';
import index from 'virtual:glossary-index';
import { JSDOM } from 'jsdom';
import { Matcher } from '../core/matcher';
import { tagPartOfSpeech } from '../core/part-of-speech';
import { summarizeMatches } from '../core/summary';
import { detectPage } from '../page/detect-page';
import { decodeHtml } from './decode-html';

export interface ScanResult {
  file: string;
  relevant: boolean;
  terms: {
    id: string;
    title: string;
    count: number;
    matches: { text: string; start: number; end: number }[];
  }[];
  trends: { id: string; title: string; score: number }[];
}

const USAGE = 'usage: npm run scan -- [--json] FILE.html [FILE.html ...]';

export async function scanHtml(file: string, html: string, matcher: Matcher): Promise<ScanResult> {
  const { document } = new JSDOM(html).window;
  const { page, detection } = await detectPage(document, matcher, {
    tagger: () => tagPartOfSpeech,
  });
  const summary = summarizeMatches(detection.matches, matcher.index);
  return {
    file,
    relevant: detection.relevance.relevant,
    terms: summary.terms.map((t) => ({
      id: t.id,
      title: t.title,
      count: t.count,
      matches: t.mentions.map((m) => ({
        text: page.text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
      })),
    })),
    trends: summary.trends.map((t) => ({ id: t.id, title: t.title, score: t.score })),
  };
}

function table(results: ScanResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const total = r.terms.reduce((n, t) => n + t.count, 0);
    lines.push(
      `${r.file}: ${r.relevant ? `${r.terms.length} terms, ${total} marks` : 'not an AI-race page, nothing marked'}`,
    );
    if (r.terms.length > 0) {
      const width = Math.max(...r.terms.map((t) => t.title.length));
      lines.push(`  ${'term'.padEnd(width)}  count  as written`);
      for (const t of r.terms) {
        const written = [...new Set(t.matches.map((m) => m.text))].join(', ');
        lines.push(`  ${t.title.padEnd(width)}  ${String(t.count).padStart(5)}  ${written}`);
      }
    }
    if (r.trends.length > 0) {
      lines.push(`  trends: ${r.trends.map((t) => `${t.title} (${t.score})`).join('; ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.find((a) => a.startsWith('-') && a !== '--json');
  if (unknown) {
    process.stderr.write(`scan: unknown option ${unknown}; ${USAGE}\n`);
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    process.stderr.write(`scan: no files given; ${USAGE}\n`);
    return 2;
  }
  const matcher = new Matcher(index);
  const results: ScanResult[] = [];
  for (const file of files) {
    let html: string;
    try {
      html = decodeHtml(readFileSync(file));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === undefined) {
        process.stderr.write(`scan: cannot read ${file}: ${(err as Error).message}\n`);
        return 1;
      }
      const why =
        code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code);
      process.stderr.write(`scan: cannot read ${file}: ${why}\n`);
      return 1;
    }
    results.push(await scanHtml(file, html, matcher));
  }
  process.stdout.write(json ? `${JSON.stringify({ files: results })}\n` : table(results));
  return 0;
}
