// Entry the build runs in Node: load, validate and compile the glossary in one call.
import { compileGlossary } from './compile';
import { findStale } from './freshness';
import { loadGlossary, loadSignals } from './load';
import { formatProblem } from './schema';

export interface GlossaryBuild {
  ok: boolean;
  problems: string[];
  compiled?: ReturnType<typeof compileGlossary>;
  summary: string;
  /** A one-line reminder of what to re-check before a release; never a failure. */
  warning?: string;
}

/** Entries not checked for this long are listed by the build's reminder. */
const STALE_AFTER_MONTHS = 3;

export function buildGlossary(dir: string): GlossaryBuild {
  const { terms, trends, problems } = loadGlossary(dir);
  if (problems.length > 0) {
    return {
      ok: false,
      problems: problems.map(formatProblem),
      summary: `glossary: ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix the entries named above`,
    };
  }
  const compiled = compileGlossary(terms, trends, loadSignals(dir));
  const stale = findStale(terms, trends, new Date().toISOString().slice(0, 10), STALE_AFTER_MONTHS);
  return {
    ok: true,
    problems: [],
    compiled,
    ...(stale.length > 0
      ? {
          warning: `glossary: ${stale.length} things to re-check before a release (entries older than ${STALE_AFTER_MONTHS} months, ended states, passed watch dates): npm run glossary -- --stale`,
        }
      : {}),
    summary: `glossary: ${terms.length} terms, ${trends.length} trends, ${compiled.index.surfaces.length} surface forms`,
  };
}
