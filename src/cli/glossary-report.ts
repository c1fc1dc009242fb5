// `npm run glossary [-- TERM-ID...]`: a report for glossary authors. Without ids: counts by kind
// and side, terms without facts, trends with their sizes, orphans. With ids: the surface forms
// the build generates for each term, as the matcher will look for them.
import { join } from 'node:path';
import { compileGlossary } from '../glossary/compile';
import { findStale } from '../glossary/freshness';
import { loadGlossary } from '../glossary/load';
import { formatProblem, KINDS, SIDES, type Term, type Trend } from '../glossary/schema';
import { sourcesReport } from '../glossary/source-quality';

function countBy<T extends string>(
  terms: Term[],
  key: (t: Term) => T,
  order: readonly T[],
): string {
  return order
    .map((k) => [k, terms.filter((t) => key(t) === k).length] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

export function main(argv: string[], dir: string): number {
  const { terms, trends, problems } = loadGlossary(dir);
  const out: string[] = [];
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write(
      `glossary: ${problems.length} problems; fix them before the build will pass\n`,
    );
    return 1;
  }
  if (argv.includes('--stale')) return staleReport(terms, trends, argv);
  if (argv.includes('--sources')) return sourcesListing(terms, trends);
  const compiled = compileGlossary(terms, trends);
  const ids = argv.filter((a) => !a.startsWith('-'));

  if (ids.length > 0) {
    for (const id of ids) {
      const index = compiled.index.terms.findIndex((t) => t.id === id);
      if (index < 0) {
        process.stderr.write(`glossary: no term "${id}"\n`);
        return 1;
      }
      out.push(`${id} (${compiled.index.terms[index]!.title}): forms the matcher looks for`);
      for (const s of compiled.index.surfaces.filter((x) => x.term === index)) {
        const rule = s.rule === undefined ? undefined : compiled.index.rules[s.rule]!;
        const flags = [s.exact ? 'exact case' : 'any case'];
        if (rule) {
          flags.push(`ambiguous: needs one of ${rule.cues.length} cues`);
          if (rule.against?.length) flags.push(`vetoed by ${rule.against.length} words`);
          if (rule.pos)
            flags.push(`must read as ${rule.pos === 'proper' ? 'a proper noun' : 'a noun'}`);
        }
        out.push(`  ${s.text.padEnd(36)} ${flags.join('; ')}`);
      }
      out.push('  (possessives such as ’s are matched for every form)', '');
    }
    process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  }

  // Membership as the build compiles it: a term joins a trend from its own file too.
  const members = new Map(compiled.index.trends.map((t) => [t.id, t.terms]));
  const inTrend = new Set([...members.values()].flat());
  const withoutFacts = terms.filter((t) => !t.facts || t.facts.length === 0);
  const orphans = terms.filter((t) => !inTrend.has(t.id));
  out.push(
    `${terms.length} terms, ${trends.length} trends, ${compiled.index.surfaces.length} surface forms (${compiled.index.rules.length} ambiguous forms with rules)`,
    '',
    `By kind: ${countBy(terms, (t) => t.kind, KINDS)}`,
    `By side: ${countBy(terms, (t) => t.side, SIDES)}`,
    `Facts: ${terms.reduce((n, t) => n + (t.facts?.length ?? 0), 0)} dated facts; sources: ${terms.reduce((n, t) => n + t.sources.length, 0)}`,
    '',
    `Terms without facts (${withoutFacts.length}): ${withoutFacts.map((t) => t.id).join(', ') || 'none'}`,
    '',
    'Trends:',
    ...trends
      .slice()
      .sort((a, b) => a.title.localeCompare(b.title))
      .map(
        (t) =>
          `  ${t.title.padEnd(48)} ${String((members.get(t.id) ?? t.terms).length).padStart(3)} terms, ${t.timeline.length} events`,
      ),
    '',
    `Orphans, in no trend (${orphans.length}): ${orphans.map((t) => t.id).join(', ') || 'none'}`,
    '',
    'Show the forms generated for a term: npm run glossary -- export-controls',
    'What to re-check before a release: npm run glossary -- --stale [--months 3]',
    'Cited domains and entries with no primary or major source: npm run glossary -- --sources',
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

export const defaultDir = (root: string) => join(root, 'src', 'glossary');

/** `--stale [--months N] [--on YYYY-MM-DD]`: what a maintainer should re-check. */
function staleReport(terms: Term[], trends: Trend[], argv: string[]): number {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const months = Number(value('--months') ?? 3);
  const on = value('--on') ?? new Date().toISOString().slice(0, 10);
  if (!Number.isInteger(months) || months < 0 || !/^\d{4}-\d{2}-\d{2}$/.test(on)) {
    process.stderr.write('glossary: --months takes a whole number, --on a YYYY-MM-DD date\n');
    return 2;
  }
  const items = findStale(terms, trends, on, months);
  const out = [
    `${items.length} things to re-check (as of ${on}, entries older than ${months} months):`,
  ];
  for (const item of items) out.push(`  ${item.file}: ${item.what}`);
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

function sourcesListing(terms: Term[], trends: Trend[]): number {
  const { domains, weak } = sourcesReport(terms, trends);
  const total = domains.reduce((n, d) => n + d.count, 0);
  const share = (s: string) =>
    domains.filter((d) => d.strength === s).reduce((n, d) => n + d.count, 0);
  const out = [
    `${total} citations from ${domains.length} domains: ${share('primary')} primary, ${share('major')} major publications, ${share('other')} other`,
    '',
    ...domains.map((d) => `  ${String(d.count).padStart(5)}  ${d.strength.padEnd(7)}  ${d.domain}`),
    '',
    `Entries citing no primary or major source (${weak.length}): ${weak.join(', ') || 'none'}`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
