// The glossary's entry types and the runtime checks that enforce them. The types are written
// once, here; the validator checks exactly these fields so the two cannot drift apart.

export const KINDS = [
  'concept',
  'chip',
  'company',
  'lab',
  'model',
  'policy',
  'agency',
  'program',
  'person',
  'place',
  'technology',
] as const;
export type Kind = (typeof KINDS)[number];

export const SIDES = ['us', 'china', 'global', 'other'] as const;
export type Side = (typeof SIDES)[number];

/** Kinds whose cards promise dated facts: things that happened, shipped or were decided. */
export const KINDS_NEEDING_FACTS: readonly Kind[] = [
  'chip',
  'company',
  'lab',
  'model',
  'policy',
  'agency',
  'program',
];

export type Inflection = 'none' | 'noun' | 'verb';
export type PartOfSpeech = 'noun' | 'proper';

export interface Ambiguity {
  /** Words that, in the same sentence, show the AI-race sense. */
  cues: string[];
  /** Words that veto the AI-race sense in that sentence. */
  against?: string[];
  /** The part of speech compromise must read the word as. */
  pos?: PartOfSpeech;
}

export interface Form {
  text: string;
  case?: 'any' | 'exact';
  inflect?: Inflection;
  ambiguous?: Ambiguity;
}

export interface Source {
  title: string;
  url: string;
}

export interface DatedEvent {
  date: string;
  text: string;
  source: string;
  /** When the state this fact describes ends (a suspension, a licence, a truce); once passed,
   * cards present the fact as over. */
  until?: string;
}

/** The Chinese name and a one-sentence Chinese summary, written in simplified script; the build
 * derives the traditional forms. */
export interface ChineseText {
  title: string;
  summary: string;
}

/** Something to look out for; `by` is when it should be known, so a passed date can be flagged. */
export interface WatchItem {
  text: string;
  by?: string;
}

export interface Term {
  id: string;
  title: string;
  kind: Kind;
  side: Side;
  forms: Form[];
  summary: string;
  background: string;
  whyItMatters: string;
  facts?: DatedEvent[];
  related: string[];
  trends: string[];
  sources: Source[];
  /** Through when the facts were checked against the latest public material. */
  asOf: string;
  /** When someone last edited the entry. */
  reviewed: string;
  zh?: ChineseText;
  /** Derived by the build from `zh` (never written in the files): traditional script. */
  zhHant?: ChineseText;
}

export interface Trend {
  id: string;
  title: string;
  summary: string;
  whyItMatters: string;
  timeline: DatedEvent[];
  /** Terms that on their own put the trend in play; any other needs a second term beside it. */
  defining?: string[];
  terms: string[];
  watch: (string | WatchItem)[];
  asOf: string;
  reviewed: string;
  zh?: ChineseText;
  /** Derived by the build from `zh`: traditional script. */
  zhHant?: ChineseText;
}

/** One problem in one file, named precisely enough to fix without searching. */
export interface GlossaryProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(p: GlossaryProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for YYYY, YYYY-MM and YYYY-MM-DD dates that exist on the calendar. */
export function isValidDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

type Raw = Record<string, unknown>;

const EVENT_FIELDS = new Set(['date', 'text', 'source', 'until']);
const HAN = /\p{Script=Han}/u;

/** Collects problems for one file; each check names the field it looked at. */
class FileChecker {
  readonly problems: GlossaryProblem[] = [];
  constructor(readonly file: string) {}

  fail(field: string, message: string): void {
    this.problems.push({ file: this.file, field, message });
  }

  string(obj: Raw, key: string, path = key): string | undefined {
    const v = obj[key];
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(path, v === undefined ? 'is missing' : 'must be a non-empty string');
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(obj: Raw, key: string, allowed: readonly T[]): T | undefined {
    const v = this.string(obj, key);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      this.fail(key, `"${v}" is not one of ${allowed.join(', ')}`);
      return undefined;
    }
    return v as T;
  }

  date(obj: Raw, key: string, path = key): string | undefined {
    const v = this.string(obj, key, path);
    if (v !== undefined && !isValidDate(v)) {
      this.fail(path, `"${v}" is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)`);
    }
    return v;
  }

  url(obj: Raw, key: string, path = key): string | undefined {
    const v = this.string(obj, key, path);
    if (v !== undefined && !isHttpUrl(v)) this.fail(path, `"${v}" is not an http(s) URL`);
    return v;
  }

  array(obj: Raw, key: string, min: number): unknown[] {
    const v = obj[key];
    if (!Array.isArray(v)) {
      this.fail(key, v === undefined ? 'is missing' : 'must be a list');
      return [];
    }
    if (v.length < min) this.fail(key, `needs at least ${min} item${min === 1 ? '' : 's'}`);
    return v;
  }

  ids(obj: Raw, key: string, min: number): string[] {
    const out: string[] = [];
    this.array(obj, key, min).forEach((v, i) => {
      if (typeof v !== 'string' || !ID_PATTERN.test(v)) {
        this.fail(`${key}[${i}]`, 'must be a kebab-case id');
      } else out.push(v);
    });
    return out;
  }

  object(value: unknown, path: string): Raw | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, 'must be an object');
      return undefined;
    }
    return value as Raw;
  }

  events(obj: Raw, key: string, min: number): DatedEvent[] {
    const out: DatedEvent[] = [];
    this.array(obj, key, min).forEach((v, i) => {
      const e = this.object(v, `${key}[${i}]`);
      if (!e) return;
      const date = this.date(e, 'date', `${key}[${i}].date`);
      const text = this.string(e, 'text', `${key}[${i}].text`);
      const source = this.url(e, 'source', `${key}[${i}].source`);
      let until: string | undefined;
      if (e.until !== undefined) until = this.date(e, 'until', `${key}[${i}].until`);
      for (const field of Object.keys(e))
        if (!EVENT_FIELDS.has(field)) this.fail(`${key}[${i}].${field}`, 'is not a fact field');
      if (date && text && source) out.push({ date, text, source, ...(until ? { until } : {}) });
    });
    return out;
  }

  chinese(obj: Raw, key: string): ChineseText | undefined {
    if (obj[key] === undefined) return undefined;
    const z = this.object(obj[key], key);
    if (!z) return undefined;
    const title = this.string(z, 'title', `${key}.title`);
    const summary = this.string(z, 'summary', `${key}.summary`);
    for (const [field, value] of [
      ['title', title],
      ['summary', summary],
    ] as const) {
      if (value !== undefined && !HAN.test(value)) this.fail(`${key}.${field}`, 'has no Chinese');
    }
    for (const field of Object.keys(z))
      if (field !== 'title' && field !== 'summary')
        this.fail(`${key}.${field}`, 'is not a zh field');
    return title && summary ? { title, summary } : undefined;
  }

  words(obj: Raw, key: string, path: string, min: number): string[] | undefined {
    const v = obj[key];
    if (v === undefined && min === 0) return undefined;
    if (!Array.isArray(v) || v.length < min || v.some((w) => typeof w !== 'string' || !w.trim())) {
      this.fail(path, `must be a list of at least ${min} non-empty strings`);
      return undefined;
    }
    return v as string[];
  }
}

function checkId(c: FileChecker, raw: Raw, expectedId: string): string | undefined {
  const id = c.string(raw, 'id');
  if (id === undefined) return undefined;
  if (!ID_PATTERN.test(id)) c.fail('id', `"${id}" is not kebab-case`);
  else if (id !== expectedId) c.fail('id', `"${id}" does not match the file name "${expectedId}"`);
  return id;
}

/** `asOf` may be a month (`2026-10`) when the check covered the news through that month. */
function checkAsOf(c: FileChecker, raw: Raw): string | undefined {
  const asOf = c.date(raw, 'asOf');
  if (asOf && asOf.length < 7) c.fail('asOf', 'must be YYYY-MM-DD or YYYY-MM');
  const reviewed = raw.reviewed;
  if (asOf && typeof reviewed === 'string' && asOf.slice(0, reviewed.length) > reviewed) {
    c.fail('asOf', `"${asOf}" is after the entry was reviewed (${reviewed})`);
  }
  return asOf;
}

function checkWatch(c: FileChecker, raw: Raw): (string | WatchItem)[] {
  const out: (string | WatchItem)[] = [];
  c.array(raw, 'watch', 1).forEach((v, i) => {
    if (typeof v === 'string' && v.trim()) {
      out.push(v);
      return;
    }
    const item = c.object(v, `watch[${i}]`);
    if (!item) return;
    const text = c.string(item, 'text', `watch[${i}].text`);
    const by = item.by === undefined ? undefined : c.date(item, 'by', `watch[${i}].by`);
    for (const field of Object.keys(item))
      if (field !== 'text' && field !== 'by')
        c.fail(`watch[${i}].${field}`, 'is not a watch field');
    if (text) out.push(by ? { text, by } : { text });
  });
  return out;
}

function checkForm(c: FileChecker, value: unknown, path: string): Form | undefined {
  const f = c.object(value, path);
  if (!f) return undefined;
  const text = c.string(f, 'text', `${path}.text`);
  const form: Form = { text: text ?? '' };
  if (f.case !== undefined) {
    if (f.case !== 'any' && f.case !== 'exact') c.fail(`${path}.case`, 'must be "any" or "exact"');
    else form.case = f.case;
  }
  if (f.inflect !== undefined) {
    if (f.inflect !== 'none' && f.inflect !== 'noun' && f.inflect !== 'verb') {
      c.fail(`${path}.inflect`, 'must be "none", "noun" or "verb"');
    } else form.inflect = f.inflect;
  }
  if (f.ambiguous !== undefined) {
    const a = c.object(f.ambiguous, `${path}.ambiguous`);
    if (a) {
      const cues = c.words(a, 'cues', `${path}.ambiguous.cues`, 1);
      const against = c.words(a, 'against', `${path}.ambiguous.against`, 0);
      const ambiguity: Ambiguity = { cues: cues ?? [] };
      if (against) ambiguity.against = against;
      if (a.pos !== undefined) {
        if (a.pos !== 'noun' && a.pos !== 'proper') {
          c.fail(`${path}.ambiguous.pos`, 'must be "noun" or "proper"');
        } else ambiguity.pos = a.pos;
      }
      form.ambiguous = ambiguity;
    }
  }
  const known = new Set(['text', 'case', 'inflect', 'ambiguous']);
  for (const key of Object.keys(f))
    if (!known.has(key)) c.fail(`${path}.${key}`, 'is not a form field');
  return text === undefined ? undefined : form;
}

const TERM_FIELDS = new Set([
  'id',
  'title',
  'kind',
  'side',
  'forms',
  'summary',
  'background',
  'whyItMatters',
  'facts',
  'related',
  'trends',
  'sources',
  'asOf',
  'reviewed',
  'zh',
]);

/** Checks one term file's shape; cross-file rules are in `validateGlossary`. */
export function validateTerm(
  value: unknown,
  file: string,
  expectedId: string,
): { term?: Term; problems: GlossaryProblem[] } {
  const c = new FileChecker(file);
  const raw = c.object(value, '(file)');
  if (!raw) return { problems: c.problems };
  for (const key of Object.keys(raw)) if (!TERM_FIELDS.has(key)) c.fail(key, 'is not a term field');
  const id = checkId(c, raw, expectedId);
  const title = c.string(raw, 'title');
  const kind = c.oneOf(raw, 'kind', KINDS);
  const side = c.oneOf(raw, 'side', SIDES);
  const forms = c
    .array(raw, 'forms', 1)
    .map((f, i) => checkForm(c, f, `forms[${i}]`))
    .filter((f): f is Form => f !== undefined);
  const summary = c.string(raw, 'summary');
  const background = c.string(raw, 'background');
  const whyItMatters = c.string(raw, 'whyItMatters');
  const needsFacts = kind !== undefined && KINDS_NEEDING_FACTS.includes(kind);
  const facts =
    raw.facts === undefined && !needsFacts ? undefined : c.events(raw, 'facts', needsFacts ? 2 : 0);
  const related = c.ids(raw, 'related', 0);
  const trends = c.ids(raw, 'trends', 0);
  const sources: Source[] = [];
  c.array(raw, 'sources', 1).forEach((v, i) => {
    const s = c.object(v, `sources[${i}]`);
    if (!s) return;
    const t = c.string(s, 'title', `sources[${i}].title`);
    const u = c.url(s, 'url', `sources[${i}].url`);
    if (t && u) sources.push({ title: t, url: u });
  });
  const reviewed = c.date(raw, 'reviewed');
  if (reviewed && reviewed.length !== 10) c.fail('reviewed', 'must be a full YYYY-MM-DD date');
  const asOf = checkAsOf(c, raw);
  const zh = c.chinese(raw, 'zh');
  if (c.problems.length > 0) return { problems: c.problems };
  const term: Term = {
    id: id!,
    title: title!,
    kind: kind!,
    side: side!,
    forms,
    summary: summary!,
    background: background!,
    whyItMatters: whyItMatters!,
    related,
    trends,
    sources,
    asOf: asOf!,
    reviewed: reviewed!,
  };
  if (facts) term.facts = facts;
  if (zh) term.zh = zh;
  return { term, problems: [] };
}

const TREND_FIELDS = new Set([
  'id',
  'title',
  'summary',
  'whyItMatters',
  'timeline',
  'defining',
  'terms',
  'watch',
  'asOf',
  'reviewed',
  'zh',
]);

export function validateTrend(
  value: unknown,
  file: string,
  expectedId: string,
): { trend?: Trend; problems: GlossaryProblem[] } {
  const c = new FileChecker(file);
  const raw = c.object(value, '(file)');
  if (!raw) return { problems: c.problems };
  for (const key of Object.keys(raw))
    if (!TREND_FIELDS.has(key)) c.fail(key, 'is not a trend field');
  const id = checkId(c, raw, expectedId);
  const title = c.string(raw, 'title');
  const summary = c.string(raw, 'summary');
  const whyItMatters = c.string(raw, 'whyItMatters');
  const timeline = c.events(raw, 'timeline', 5);
  const terms = c.ids(raw, 'terms', 4);
  const defining = raw.defining === undefined ? undefined : c.ids(raw, 'defining', 1);
  const watch = checkWatch(c, raw);
  const reviewed = c.date(raw, 'reviewed');
  const asOf = checkAsOf(c, raw);
  const zh = c.chinese(raw, 'zh');
  if (c.problems.length > 0) return { problems: c.problems };
  return {
    trend: {
      ...(zh ? { zh } : {}),
      ...(defining ? { defining } : {}),
      id: id!,
      title: title!,
      summary: summary!,
      whyItMatters: whyItMatters!,
      timeline,
      terms,
      watch,
      asOf: asOf!,
      reviewed: reviewed!,
    },
    problems: [],
  };
}

/**
 * Cross-file rules: links point at real entries, trends and terms agree, forms don't collide.
 * `broken` names entries whose own file failed: links to them are not reported again.
 */
export function validateGlossary(
  terms: readonly Term[],
  trends: readonly Trend[],
  fileOf: (kind: 'term' | 'trend', id: string) => string,
  broken: ReadonlySet<string> = new Set(),
): GlossaryProblem[] {
  const problems: GlossaryProblem[] = [];
  const termIds = new Set(terms.map((t) => t.id));
  const trendById = new Map(trends.map((t) => [t.id, t]));

  for (const term of terms) {
    const file = fileOf('term', term.id);
    term.related.forEach((id, i) => {
      if (broken.has(id)) return;
      if (!termIds.has(id))
        problems.push({ file, field: `related[${i}]`, message: `no term "${id}"` });
      if (id === term.id)
        problems.push({ file, field: `related[${i}]`, message: 'links to itself' });
    });
    term.trends.forEach((id, i) => {
      if (broken.has(id)) return;
      // A term may join a trend from its own file; the build adds it to the trend's terms.
      if (!trendById.has(id))
        problems.push({ file, field: `trends[${i}]`, message: `no trend "${id}"` });
    });
  }
  for (const trend of trends) {
    const file = fileOf('trend', trend.id);
    const members = new Set([
      ...trend.terms,
      ...terms.filter((t) => t.trends.includes(trend.id)).map((t) => t.id),
    ]);
    trend.defining?.forEach((id, i) => {
      if (!members.has(id))
        problems.push({
          file,
          field: `defining[${i}]`,
          message: `"${id}" is not one of the trend's terms`,
        });
    });
    trend.terms.forEach((id, i) => {
      if (broken.has(id)) return;
      const term = terms.find((t) => t.id === id);
      if (!term) problems.push({ file, field: `terms[${i}]`, message: `no term "${id}"` });
      else if (!term.trends.includes(trend.id)) {
        problems.push({
          file,
          field: `terms[${i}]`,
          message: `term "${id}" does not list this trend in its trends`,
        });
      }
    });
  }
  // A surface form may belong to two terms only if both say how to tell them apart.
  const anyCase = new Map<string, FormOwner>();
  const exactCase = new Map<string, FormOwner>();
  const exactByLower = new Map<string, FormOwner>();
  for (const term of terms) {
    term.forms.forEach((form, index) => {
      const text = normalizeFormText(form.text);
      const lower = text.toLowerCase();
      const owner: FormOwner = { termId: term.id, ambiguous: Boolean(form.ambiguous) };
      const clash =
        form.case === 'exact'
          ? (exactCase.get(text) ?? anyCase.get(lower))
          : (anyCase.get(lower) ?? exactByLower.get(lower));
      if (clash && clash.termId !== term.id && !(clash.ambiguous && owner.ambiguous)) {
        problems.push({
          file: fileOf('term', term.id),
          field: `forms[${index}]`,
          message: `"${form.text}" is also a form of "${clash.termId}"; mark both ambiguous with cues, or give them different exact spellings`,
        });
      }
      if (form.case === 'exact') {
        if (!exactCase.has(text)) exactCase.set(text, owner);
        if (!exactByLower.has(lower)) exactByLower.set(lower, owner);
      } else if (!anyCase.has(lower)) anyCase.set(lower, owner);
    });
  }
  return problems;
}

interface FormOwner {
  termId: string;
  ambiguous: boolean;
}

export function normalizeFormText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
