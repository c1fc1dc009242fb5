// A small hand-made glossary for matcher and disambiguation tests, compiled like the real one.

import { Matcher } from '../../src/core/matcher';
import { compileGlossary } from '../../src/glossary/compile';
import type { Form, Kind, Term } from '../../src/glossary/schema';

export function term(id: string, kind: Kind, forms: Form[]): Term {
  return {
    id,
    title: id,
    kind,
    side: 'global',
    forms,
    summary: 's',
    background: 'b',
    whyItMatters: 'w',
    related: [],
    trends: [],
    sources: [{ title: 't', url: 'https://example.com/' }],
    asOf: '2026-11',
    reviewed: '2026-11-28',
  };
}

export function matcherFor(terms: Term[]): Matcher {
  return new Matcher(compileGlossary(terms, []).index);
}

/** The matched texts with their term ids, in order. */
export function found(matcher: Matcher, text: string): string[] {
  return matcher
    .findAll(text)
    .map((c) => `${matcher.index.terms[c.term]!.id}:${text.slice(c.start, c.end)}`);
}
