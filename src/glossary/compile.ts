// Build-time compiler: expands each form with compromise into the surfaces the matcher scans
// for, so the page pays for a single linear pass and never for NLP on unambiguous words.
import nlp from 'compromise';
import { scriptOf, toTraditional, traditionalVariants } from './chinese-script';
import type { CompiledGlossary, GlossaryMeta, MatcherIndex, Signal, Surface } from './compiled';
import type { Ambiguity, Form, Term, Trend } from './schema';
import { normalizeFormText } from './schema';

type Doc = ReturnType<typeof nlp>;

/** Plural of one noun; compromise reads lone words like "chip" as verbs unless told. */
function pluralizeWord(word: string): string {
  // Acronyms and model names (GPU, TPU, H100) take a bare "s".
  if (/[\d]|^[\p{Lu}\d]+$/u.test(word)) return `${word}s`;
  const plural = (nlp(word).tag('Noun') as Doc).nouns().toPlural().text();
  return plural && plural !== word ? plural : `${word}s`;
}

/**
 * Plural of a noun phrase: English compounds inflect their head, which is the last word
 * ("October 2022 rules", "AI chips"), or the word before "of" ("mixtures of experts").
 */
export function pluralize(text: string): string {
  const of = text.search(/ of /i);
  const head = of >= 0 ? text.slice(0, of) : text;
  const tail = of >= 0 ? text.slice(of) : '';
  const split = head.lastIndexOf(' ');
  return `${head.slice(0, split + 1)}${pluralizeWord(head.slice(split + 1))}${tail}`;
}

export function inflectVerb(text: string): string[] {
  const [forms] = (nlp(text).tag('Verb') as Doc).verbs().conjugate() as Record<string, string>[];
  if (!forms) return [];
  return [forms.PastTense, forms.PresentTense, forms.Gerund].filter(
    (f): f is string => typeof f === 'string' && f.length > 0 && !f.includes(' '),
  );
}

/**
 * Every string a form stands for in running text (possessives are left to the matcher): English
 * inflections, and for Chinese forms their traditional spellings.
 */
export function expandForm(form: Form): string[] {
  const base = normalizeFormText(form.text);
  const out = [base];
  if (form.inflect === 'noun') out.push(pluralize(base));
  if (form.inflect === 'verb') out.push(...inflectVerb(base));
  out.push(...traditionalVariants(base));
  return [...new Set(out)];
}

/** Cue and veto words in both scripts, lower-cased. */
function inBothScripts(words: readonly string[]): string[] {
  return [
    ...new Set(words.flatMap((w) => [w, ...traditionalVariants(w)]).map((w) => w.toLowerCase())),
  ];
}

function withTraditional<T extends Term | Trend>(entry: T): T {
  return entry.zh ? { ...entry, zhHant: toTraditional(entry.zh) } : entry;
}

/** Oldest first; same-day events keep their order (ISO dates sort as text). */
function byDate<T extends { date: string }>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Facts and timelines read oldest first on every card, whatever order the file lists them in. */
function inDateOrder<T extends Term | Trend>(entry: T): T {
  if ('timeline' in entry) return { ...entry, timeline: byDate(entry.timeline) };
  return entry.facts ? { ...entry, facts: byDate(entry.facts) } : entry;
}

/** What the About section says of the glossary: its size and through when it was checked. */
export function glossaryMeta(terms: readonly Term[], trends: readonly Trend[]): GlossaryMeta {
  const dates = [...terms, ...trends].map((e) => e.asOf).sort();
  return {
    terms: terms.length,
    trends: trends.length,
    asOf: dates.at(-1) ?? '',
    oldestAsOf: dates[0] ?? '',
  };
}

const PRODUCT_KINDS = new Set(['chip', 'model', 'technology', 'program']);
const MAKER_KINDS = new Set(['company', 'lab']);
const HAN = /\p{Script=Han}/u;

/**
 * "Nvidia H20", "Huawei's Ascend 910C", "英伟达H20": a maker's name before its product is one
 * mark that opens the product's card. A product's maker is a related company or lab that its
 * title or summary names; the compound is unambiguous even when the product's own name is not.
 */
export function addMakerCompounds(sorted: readonly Term[], surfaces: Surface[], seen: Set<string>) {
  const byId = new Map(sorted.map((t, i) => [t.id, { term: t, index: i }]));
  const mentions = (term: Term, form: Form) => {
    const about = `${term.title} ${term.summary}`.toLowerCase();
    return about.includes(normalizeFormText(form.text).toLowerCase());
  };
  sorted.forEach((product, productIndex) => {
    if (!PRODUCT_KINDS.has(product.kind)) return;
    for (const id of product.related) {
      const maker = byId.get(id)?.term;
      if (!maker || !MAKER_KINDS.has(maker.kind)) continue;
      const makerIndex = byId.get(id)!.index;
      const makerForms = maker.forms.filter((f) => !f.ambiguous);
      if (!maker.forms.some((f) => mentions(product, f))) continue;
      for (const makerForm of makerForms) {
        const name = normalizeFormText(makerForm.text);
        for (const form of product.forms) {
          const own = normalizeFormText(form.text);
          const han = HAN.test(name);
          if (han !== HAN.test(own) && !(han && /^[\x21-\x7e ]+$/.test(own))) continue;
          if (own.toLowerCase().startsWith(name.toLowerCase())) continue;
          const texts = han
            ? [`${name}${own}`, ...traditionalVariants(`${name}${own}`)]
            : [`${name} ${own}`, `${name}'s ${own}`];
          const exact = makerForm.case === 'exact' && form.case === 'exact';
          for (const text of texts) {
            const key = `${exact ? text : text.toLowerCase()}|${productIndex}`;
            if (seen.has(key)) continue;
            seen.add(key);
            surfaces.push({ text, term: productIndex, exact, also: makerIndex });
          }
        }
      }
    }
  });
}

/** Topic words by group, as in signals.json. */
export type SignalGroups = Record<string, string[]>;

/**
 * Topic words in all-capital letters (US, AI, PRC) match only as written; the rest in any case.
 * A word that is also a glossary surface is left to the glossary, which marks it.
 */
export function compileSignals(groups: SignalGroups, surfaces: readonly Surface[]) {
  const taken = new Set(surfaces.map((s) => s.text.toLowerCase()));
  const names = Object.keys(groups);
  const signals: Signal[] = [];
  names.forEach((name, group) => {
    for (const raw of groups[name]!) {
      const base = normalizeFormText(raw);
      for (const text of [base, ...traditionalVariants(base)]) {
        if (taken.has(text.toLowerCase())) continue;
        taken.add(text.toLowerCase());
        signals.push({ text, exact: !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text), group });
      }
    }
  });
  return { signals, signalGroups: names };
}

export function compileGlossary(
  terms: readonly Term[],
  trends: readonly Trend[],
  signalGroups: SignalGroups = {},
): CompiledGlossary {
  const sorted = [...terms].sort((a, b) => a.id.localeCompare(b.id));
  const rules: Ambiguity[] = [];
  const surfaces: Surface[] = [];
  const seen = new Set<string>();
  sorted.forEach((term, termIndex) => {
    for (const form of term.forms) {
      let rule: number | undefined;
      if (form.ambiguous) {
        rule = rules.length;
        rules.push({
          cues: inBothScripts(form.ambiguous.cues),
          ...(form.ambiguous.against ? { against: inBothScripts(form.ambiguous.against) } : {}),
          ...(form.ambiguous.pos ? { pos: form.ambiguous.pos } : {}),
        });
      }
      for (const text of expandForm(form)) {
        const exact = form.case === 'exact';
        const key = `${exact ? text : text.toLowerCase()}|${termIndex}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const script = scriptOf(text);
        surfaces.push({
          text,
          term: termIndex,
          exact,
          ...(rule === undefined ? {} : { rule }),
          ...(script ? { script } : {}),
        });
      }
    }
  });
  // A trend's terms are those it names plus those that name it: a new term joins a trend from
  // its own file without editing the trend's.
  const withMembers = [...trends]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((trend) => {
      const joined = sorted.filter(
        (t) => t.trends.includes(trend.id) && !trend.terms.includes(t.id),
      );
      return joined.length
        ? { ...trend, terms: [...trend.terms, ...joined.map((t) => t.id)] }
        : trend;
    });
  addMakerCompounds(sorted, surfaces, seen);
  const index: MatcherIndex = {
    surfaces,
    rules,
    terms: sorted.map((t) => ({
      id: t.id,
      title: t.title,
      kind: t.kind,
      side: t.side,
      ...(t.zh ? { zh: { hans: t.zh.title, hant: toTraditional(t.zh).title } } : {}),
    })),
    trends: withMembers.map((t) => ({
      id: t.id,
      title: t.title,
      terms: t.terms,
      defining: t.defining ?? [],
    })),
    ...compileSignals(signalGroups, surfaces),
  };
  return {
    index,
    cards: {
      terms: Object.fromEntries(sorted.map((t) => [t.id, withTraditional(inDateOrder(t))])),
      trends: Object.fromEntries(withMembers.map((t) => [t.id, withTraditional(inDateOrder(t))])),
      meta: glossaryMeta(sorted, withMembers),
    },
  };
}
