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
export const EXPORT_VERSION = 1;

/** The passage as a reader would write it: block breaks become line breaks. */
export function readableQuote(record: HighlightRecord): string {
  return record.target.quote.exact
    .replaceAll(BLOCK_SEPARATOR, '\n')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export function toMarkdown(
  records: readonly HighlightRecord[],
  termTitle: (id: string) => string,
): string {
  const byPage = new Map<string, HighlightRecord[]>();
  for (const r of [...records].sort((a, b) => a.created.localeCompare(b.created))) {
    const list = byPage.get(r.url) ?? [];
    list.push(r);
    byPage.set(r.url, list);
  }
  const out = ['# AI Race Lens highlights', ''];
  for (const [url, list] of byPage) {
    out.push(`## ${list[0]!.title || url}`, '', `<${url}>`, '');
    for (const r of list) {
      out.push(
        ...readableQuote(r)
          .split('\n')
          .map((line) => `> ${line}`),
      );
      out.push('');
      const meta = [`Saved ${r.created.slice(0, 10)}`, r.color];
      if (r.tags.length) meta.push(`terms: ${r.tags.map(termTitle).join(', ')}`);
      out.push(`*${meta.join(' · ')}*`, '');
      if (r.note.trim()) out.push(r.note.trim(), '');
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
const isIso = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/**
 * Reads an export back. Everything is checked before anything is returned, so a bad file can
 * be refused whole, with the reason, and nothing already saved is touched.
 */
export function parseExport(text: string): HighlightRecord[] {
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
  if (data.version !== EXPORT_VERSION) {
    throw new ImportError(
      `This export has version ${String(data.version)}; this version of AI Race Lens reads version ${EXPORT_VERSION}.`,
    );
  }
  if (!Array.isArray(data.items)) throw new ImportError('The export has no "items" list.');
  return data.items.map((item, i) => parseItem(item, i + 1));
}

function parseItem(item: unknown, n: number): HighlightRecord {
  const fail = (what: string): never => {
    throw new ImportError(`Highlight ${n}: ${what}. Nothing was imported.`);
  };
  if (!isObject(item) || item.type !== 'Annotation') return fail('is not a Web Annotation');
  const id = typeof item.id === 'string' ? item.id.replace(/^urn:uuid:/, '') : '';
  if (!/^[\w-]{8,}$/.test(id)) fail('has no valid id');
  if (!isIso(item.created) || !isIso(item.modified)) fail('has no valid created/modified date');
  const target = item.target;
  if (
    !isObject(target) ||
    typeof target.source !== 'string' ||
    !/^https?:\/\//.test(target.source)
  ) {
    return fail('has no http(s) page address in target.source');
  }
  const selectors = Array.isArray(target.selector) ? target.selector.filter(isObject) : [];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string' || !quote.exact)
    fail('has no TextQuoteSelector with text');
  if (typeof quote!.prefix !== 'string' || typeof quote!.suffix !== 'string')
    fail('has a quote without prefix/suffix');
  if (!position || !Number.isInteger(position.start) || !Number.isInteger(position.end)) {
    fail('has no TextPositionSelector');
  }
  const bodies = Array.isArray(item.body) ? item.body.filter(isObject) : [];
  const color = bodies.find((b) => b.purpose === 'highlighting')?.value;
  const note = bodies.find((b) => b.purpose === 'commenting')?.value;
  const tags = bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value);
  if (!HIGHLIGHT_COLORS.includes(color as HighlightColor)) fail('has an unknown colour');
  if (note !== undefined && typeof note !== 'string') fail('has a note that is not text');
  if (!tags.every((t) => typeof t === 'string')) fail('has a tag that is not text');
  return {
    id,
    url: target.source,
    title: typeof target.title === 'string' ? target.title : '',
    created: item.created as string,
    modified: item.modified as string,
    color: color as HighlightColor,
    note: (note as string | undefined) ?? '',
    tags: tags as string[],
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote!.exact as string,
        prefix: quote!.prefix as string,
        suffix: quote!.suffix as string,
      },
      position: {
        type: 'TextPositionSelector',
        start: position!.start as number,
        end: position!.end as number,
      },
    },
  };
}

/** Imported records merged into existing ones by id; the newer `modified` wins. */
export function mergeById(
  existing: readonly HighlightRecord[],
  incoming: readonly HighlightRecord[],
) {
  const byId = new Map(existing.map((r) => [r.id, r]));
  let added = 0;
  let updated = 0;
  const changed: HighlightRecord[] = [];
  for (const r of incoming) {
    const old = byId.get(r.id);
    if (!old) {
      added++;
      changed.push(r);
    } else if (r.modified > old.modified) {
      updated++;
      changed.push(r);
    }
  }
  return { changed, added, updated, unchanged: incoming.length - added - updated };
}

export function matchesSearch(
  r: HighlightRecord,
  query: string,
  termTitle: (id: string) => string,
): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const hay = [r.target.quote.exact, r.note, r.title, r.url, ...r.tags, ...r.tags.map(termTitle)]
    .join(' ')
    .toLowerCase();
  return q.split(/\s+/).every((w) => hay.includes(w));
}
