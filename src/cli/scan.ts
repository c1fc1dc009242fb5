// `npm run scan -- [--json] [--explain] FILE...`: runs the extension's own detection (page +
// core) on saved HTML files in Node, so a glossary author sees exactly what the extension would
// mark, and why the page was judged on or off topic.
import { readFileSync } from 'node:fs';
import index from 'virtual:glossary-index';
import { JSDOM } from 'jsdom';
import { Matcher } from '../core/matcher';

import type { Relevance } from '../core/relevance';
import { summarizeMatches } from '../core/summary';
import { detectPage } from '../page/detect-page';
import { decodePage } from './decode-html';

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
  /** Only with --explain: the evidence and the rule that decided. */
  explain?: Pick<Relevance, 'score' | 'verdict' | 'reasons'>;
}

const USAGE = `usage: npm run scan -- [--json] [--explain] FILE.html [FILE.html ...]

Runs the extension's detection on saved pages and prints what it would mark.
  --json      one JSON object on stdout: {"files":[{file, relevant, terms, trends}]}
  --explain   why each page was judged on or off topic (score, each piece of evidence)
  --help      this text`;

const OPTIONS = new Set(['--json', '--explain', '--help', '-h']);

export async function scanHtml(
  file: string,
  html: string,
  matcher: Matcher,
  explain = false,
): Promise<ScanResult> {
  const { document } = new JSDOM(html).window;
  const { page, detection } = await detectPage(document, matcher, {
    // compromise loads only when an ambiguous word needs it, as in the extension.
    tagger: async () => (await import('../core/part-of-speech')).tagPartOfSpeech,
  });
  const summary = summarizeMatches(detection.matches, matcher.index);
  const { score, verdict, reasons } = detection.relevance;
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
    ...(explain ? { explain: { score, verdict, reasons } } : {}),
  };
}

function table(results: ScanResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const total = r.terms.reduce((n, t) => n + t.count, 0);
    lines.push(
      `${r.file}: ${r.relevant ? `${r.terms.length} terms, ${total} marks` : 'not an AI-race page, nothing marked'}`,
    );
    if (r.explain) {
      lines.push(`  ${r.relevant ? 'on topic' : 'off topic'}: ${r.explain.verdict}`);
      for (const e of r.explain.reasons) {
        lines.push(
          `    ${e.weight.toFixed(2).padStart(5)}  ${e.kind.padEnd(8)}  ${e.id} ("${e.text}")`,
        );
      }
    }
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

/** Thrown for anything the user must fix: the message is the whole explanation. */
class ScanError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

function readPage(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code);
    throw new ScanError(`cannot read ${file}: ${why}`, 1);
  }
  const decoded = decodePage(bytes);
  if (!decoded.ok) throw new ScanError(`cannot scan ${file}: ${decoded.reason}`, 1);
  return decoded.text;
}

export async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const fail = (message: string, code: number) => {
    process.stderr.write(json ? `${JSON.stringify({ error: message })}\n` : `scan: ${message}\n`);
    return code;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.find((a) => a.startsWith('-') && !OPTIONS.has(a));
  if (unknown) return fail(`unknown option ${unknown}; see npm run scan -- --help`, 2);
  const files = argv.filter((a) => !a.startsWith('-'));
  if (files.length === 0) return fail('no files given; see npm run scan -- --help', 2);
  const matcher = new Matcher(index);
  const results: ScanResult[] = [];
  try {
    for (const file of files) {
      results.push(await scanHtml(file, readPage(file), matcher, argv.includes('--explain')));
    }
  } catch (err) {
    if (err instanceof ScanError) return fail(err.message, err.code);
    throw err;
  }
  process.stdout.write(json ? `${JSON.stringify({ files: results })}\n` : table(results));
  return 0;
}
