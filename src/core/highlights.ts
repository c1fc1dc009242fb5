// Saved highlights as data: the record kept in storage, and the two export formats (Markdown
// for reading, lossless JSON shaped as W3C Web Annotations) with a validating importer.

import type { TextPositionSelector, TextQuoteSelector, TextTarget } from './anchoring';
import { BLOCK_SEPARATOR } from './chars';

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface HighlightRecord {
  id: string;
  /** Normalized page URL (see normalizeUrl). */
  url: string;
  title: string;
  /** ISO timestamps. */
  created: string;
  modified: string;
  color: HighlightColor;
  note: string;
  /** Glossary term ids found inside the passage. */
  tags: string[];
  target: TextTarget;
}

export const EXPORT_FORMAT = 'ai-race-lens-highlights';
/** Version 2: TextPositionSelector counts Unicode code points, as the W3C model says. */
export const EXPORT_VERSION = 2;

/**
 * What one highlight may hold. Longer quotes would cost every later visit time to place and
 * let one page fill the reader's storage; the caps apply to saving and importing alike.
 */
export const LIMITS = {
  quote: 5_000,
  context: 64,
  note: 10_000,
  title: 300,
  url: 2_048,
  id: 64,
  tags: 50,
  /** An import file, in bytes: the browser keeps at most 10 MB for the extension. */
  importBytes: 8_000_000,
  importItems: 20_000,
} as const;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
/** A little clock skew between machines is fine; a date in the future is not. */
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

/** A real instant written as ISO 8601 in UTC ("2026-11-20T10:00:00.000Z"), not in the future. */
export function isIsoInstant(v: unknown, now = Date.now()): v is string {
  if (typeof v !== 'string' || !ISO_INSTANT.test(v)) return false;
  const ms = Date.parse(v);
  // Date.parse rolls 2026-02-30 over to March: a real date reads back the same.
  return (
    !Number.isNaN(ms) &&
    new Date(ms).toISOString().slice(0, 19) === v.slice(0, 19) &&
    ms <= now + FUTURE_SLACK_MS
  );
}

const ID = /^[\w-]{8,64}$/;
const TAG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * What is wrong with a record, in a few words, or undefined when it may be stored. Checked by
 * the service worker on every write and by the importer on every item.
 */
export function recordProblem(r: HighlightRecord, now = Date.now()): string | undefined {
  if (typeof r !== 'object' || r === null) return 'is not a highlight';
  if (typeof r.id !== 'string' || !ID.test(r.id)) return 'has no valid id';
  if (typeof r.url !== 'string' || r.url.length > LIMITS.url || !/^https?:\/\//.test(r.url))
    return 'has no http(s) page address';
  if (!isIsoInstant(r.created, now) || !isIsoInstant(r.modified, now))
    return 'has a created or modified date that is not an ISO 8601 date-time in the past';
  if (!HIGHLIGHT_COLORS.includes(r.color)) return 'has an unknown colour';
  if (typeof r.note !== 'string' || r.note.length > LIMITS.note)
    return `has a note that is not text or longer than ${LIMITS.note.toLocaleString('en')} characters`;
  if (typeof r.title !== 'string' || r.title.length > LIMITS.title)
    return `has a title longer than ${LIMITS.title} characters`;
  if (
    !Array.isArray(r.tags) ||
    r.tags.length > LIMITS.tags ||
    !r.tags.every((t) => typeof t === 'string' && TAG.test(t))
  )
    return 'has tags that are not glossary ids';
  const quote = r.target?.quote;
  const position = r.target?.position;
  if (typeof quote?.exact !== 'string' || quote.exact.length === 0)
    return 'has no TextQuoteSelector with text';
  if (quote.exact.length > LIMITS.quote)
    return `has a quote longer than ${LIMITS.quote.toLocaleString('en')} characters`;
  if (
    typeof quote.prefix !== 'string' ||
    typeof quote.suffix !== 'string' ||
    quote.prefix.length > LIMITS.context ||
    quote.suffix.length > LIMITS.context
  )
    return 'has a quote without a short prefix and suffix';
  if (
    !Number.isSafeInteger(position?.start) ||
    !Number.isSafeInteger(position?.end) ||
    position.start < 0 ||
    position.end <= position.start
  )
    return 'has no valid TextPositionSelector';
  return undefined;
}

/** The passage as a reader would write it: block breaks become line breaks. */
export function readableQuote(record: HighlightRecord): string {
  return record.target.quote.exact
    .replaceAll(BLOCK_SEPARATOR, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Text as Markdown that renders as exactly that text: HTML and entities escaped, Markdown
 * punctuation escaped, and line starts that would open a heading, list or quote neutralised.
 * Page titles, quotes and notes can come from a hostile page; none of it may become markup.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>&|~]/g, (c) =>
      c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
    )
    .replace(/^(\s*)([#+=-]|\d+[.)])/, '$1\\$2');
}

/** One line of plain text: control characters and line breaks become spaces. */
function oneLine(text: string, max: number): string {
  return (
    text
      // Control characters, by code: the lint forbids them inside a regular expression.
      .replace(/[\s\S]/g, (c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
      .replace(/[\u2028\u2029]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, max)
  );
}

/** The page address as an http(s) URL the Markdown can link to, or undefined. */
function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Markdown for reading, grouped by page. Every field is escaped; links are rebuilt from the
 * parsed address (http and https only); terms are named from the glossary, never from the file.
 */
export function toMarkdown(
  records: readonly HighlightRecord[],
  termTitle: (id: string) => string | undefined,
): string {
  const byPage = new Map<string, HighlightRecord[]>();
  for (const r of [...records].sort((a, b) => a.created.localeCompare(b.created))) {
    const list = byPage.get(r.url) ?? [];
    list.push(r);
    byPage.set(r.url, list);
  }
  const out = ['# AI Race Lens highlights', ''];
  for (const [url, list] of byPage) {
    const href = safeHref(url);
    const title = oneLine(list[0]!.title, LIMITS.title) || oneLine(href ?? url, LIMITS.url);
    out.push(`## ${escapeMarkdown(title)}`, '');
    if (href) out.push(`<${href.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
    for (const r of list) {
      out.push(
        ...readableQuote(r)
          .split('\n')
          .map((line) => `> ${escapeMarkdown(oneLine(line, LIMITS.quote))}`),
      );
      out.push('');
      const date = isIsoInstant(r.created) ? r.created.slice(0, 10) : '';
      const meta = [`Saved ${date}`.trim()];
      if (HIGHLIGHT_COLORS.includes(r.color)) meta.push(r.color);
      const terms = r.tags.map(termTitle).filter((t): t is string => t !== undefined);
      if (terms.length) meta.push(`terms: ${terms.map((t) => oneLine(t, 200)).join(', ')}`);
      out.push(`*${escapeMarkdown(meta.join(' · '))}*`, '');
      const note = r.note.trim();
      if (note) {
        for (const line of note.split(/\r?\n/))
          out.push(escapeMarkdown(oneLine(line, LIMITS.note)));
        out.push('');
      }
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

interface Annotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  body: {
    type: 'TextualBody';
    value: string;
    purpose: 'commenting' | 'tagging' | 'highlighting';
  }[];
  target: { source: string; title: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
}

export function toJson(
  records: readonly HighlightRecord[],
  exported = new Date().toISOString(),
): string {
  const items: Annotation[] = records.map((r) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${r.id}`,
    type: 'Annotation',
    created: r.created,
    modified: r.modified,
    body: [
      { type: 'TextualBody', value: r.color, purpose: 'highlighting' },
      ...(r.note
        ? [{ type: 'TextualBody' as const, value: r.note, purpose: 'commenting' as const }]
        : []),
      ...r.tags.map((t) => ({
        type: 'TextualBody' as const,
        value: t,
        purpose: 'tagging' as const,
      })),
    ],
    target: { source: r.url, title: r.title, selector: [r.target.quote, r.target.position] },
  }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exported, items }, null, 2)}\n`;
}

export class ImportError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Refuses a file too large to import before reading it (the popup would stall on it). */
export function checkImportSize(bytes: number): void {
  if (bytes > LIMITS.importBytes) {
    throw new ImportError(
      `This file is too large (${megabytes(bytes)}); AI Race Lens imports files up to ${megabytes(LIMITS.importBytes)}.`,
    );
  }
}

/**
 * Reads an export back. Everything is checked before anything is returned, so a bad file can
 * be refused whole, with the reason, and nothing already saved is touched. Items repeating an
 * id are merged into one (the newer edit wins).
 */
export function parseExport(text: string, now = Date.now()): HighlightRecord[] {
  checkImportSize(text.length);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not JSON. Choose a file exported by AI Race Lens (JSON).');
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new ImportError(
      'This is not an AI Race Lens highlights export (its "format" field is missing or different).',
    );
  }
  if (data.version !== 1 && data.version !== EXPORT_VERSION) {
    throw new ImportError(
      `This export has version ${String(data.version).slice(0, 20)}; this version of AI Race Lens reads versions 1 and ${EXPORT_VERSION}.`,
    );
  }
  if (!Array.isArray(data.items)) throw new ImportError('The export has no "items" list.');
  if (data.items.length > LIMITS.importItems) {
    throw new ImportError(
      `This export holds ${data.items.length.toLocaleString('en')} highlights; AI Race Lens imports up to ${LIMITS.importItems.toLocaleString('en')} at a time.`,
    );
  }
  const byId = new Map<string, HighlightRecord>();
  data.items.forEach((item, i) => {
    const r = parseItem(item, i + 1, now);
    const seen = byId.get(r.id);
    if (!seen || r.modified > seen.modified) byId.set(r.id, r);
  });
  return [...byId.values()];
}

function parseItem(item: unknown, n: number, now: number): HighlightRecord {
  const fail = (what: string): never => {
    throw new ImportError(`Highlight ${n}: ${what}. Nothing was imported.`);
  };
  if (!isObject(item) || item.type !== 'Annotation') return fail('is not a Web Annotation');
  const rawId = typeof item.id === 'string' ? item.id.slice(0, 200) : '';
  const target = isObject(item.target) ? item.target : {};
  const selectors = Array.isArray(target.selector) ? target.selector.filter(isObject) : [];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector') ?? {};
  const position = selectors.find((s) => s.type === 'TextPositionSelector') ?? {};
  const bodies = Array.isArray(item.body) ? item.body.filter(isObject) : [];
  const note = bodies.find((b) => b.purpose === 'commenting')?.value ?? '';
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  const record = {
    id: rawId.replace(/^urn:uuid:/, ''),
    url: typeof target.source === 'string' ? target.source : '',
    title: typeof target.title === 'string' ? target.title : '',
    created: item.created,
    modified: item.modified,
    color: bodies.find((b) => b.purpose === 'highlighting')?.value,
    note,
    tags,
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
      },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
  } as HighlightRecord;
  const problem = recordProblem(record, now);
  if (problem) fail(problem);
  return record;
}

/**
 * Imported records merged into existing ones by id; the newer `modified` wins. A record may
 * come back under another page address: it replaces the old one (one record per id, always).
 */
export function mergeById(
  existing: readonly HighlightRecord[],
  incoming: readonly HighlightRecord[],
) {
  const byId = new Map(existing.map((r) => [r.id, r]));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const changed: HighlightRecord[] = [];
  const seen = new Set<string>();
  for (const r of incoming) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const old = byId.get(r.id);
    if (!old) {
      added++;
      changed.push(r);
    } else if (r.modified > old.modified) {
      updated++;
      changed.push(r);
    } else unchanged++;
  }
  return { changed, added, updated, unchanged };
}

/** What search looks through for one record, lower-cased once (not on every keystroke). */
export function searchText(r: HighlightRecord, termTitle: (id: string) => string): string {
  return [r.target.quote.exact, r.note, r.title, r.url, ...r.tags, ...r.tags.map(termTitle)]
    .join(' ')
    .toLowerCase();
}

/** True when every word of the query occurs in the record's search text. */
export function matchesQuery(haystack: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return q.split(/\s+/).every((w) => haystack.includes(w));
}

export function matchesSearch(
  r: HighlightRecord,
  query: string,
  termTitle: (id: string) => string,
): boolean {
  return matchesQuery(searchText(r, termTitle), query);
}
