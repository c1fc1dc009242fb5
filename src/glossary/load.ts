// Reads and validates the glossary from disk (Node only: the build, the CLI, the tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type GlossaryProblem,
  type Term,
  type Trend,
  validateGlossary,
  validateTerm,
  validateTrend,
} from './schema';

export interface LoadedGlossary {
  terms: Term[];
  trends: Trend[];
  problems: GlossaryProblem[];
}

export function loadGlossary(dir: string, cwd = process.cwd()): LoadedGlossary {
  const problems: GlossaryProblem[] = [];
  const broken = new Set<string>();
  const display = (p: string) => relative(cwd, p) || p;
  const read = <T>(
    sub: 'terms' | 'trends',
    validate: (v: unknown, file: string, id: string) => { problems: GlossaryProblem[] } & T,
  ): T[] => {
    const folder = join(dir, sub);
    const results: T[] = [];
    for (const name of readdirSync(folder).sort()) {
      if (!name.endsWith('.json')) continue;
      const path = join(folder, name);
      const file = display(path);
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(path, 'utf8'));
      } catch (err) {
        problems.push({
          file,
          field: '(file)',
          message: `is not valid JSON: ${(err as Error).message}`,
        });
        continue;
      }
      const id = name.slice(0, -'.json'.length);
      const result = validate(value, file, id);
      problems.push(...result.problems);
      if (result.problems.length > 0) broken.add(id);
      results.push(result);
    }
    return results;
  };
  const terms = read('terms', validateTerm)
    .map((r) => r.term)
    .filter((t): t is Term => t !== undefined);
  const trends = read('trends', validateTrend)
    .map((r) => r.trend)
    .filter((t): t is Trend => t !== undefined);
  problems.push(
    ...validateGlossary(
      terms,
      trends,
      (kind, id) => display(join(dir, kind === 'term' ? 'terms' : 'trends', `${id}.json`)),
      broken,
    ),
  );
  return { terms, trends, problems };
}

/** The topic words in signals.json; a malformed file fails like any glossary file. */
export function loadSignals(dir: string): Record<string, string[]> {
  const path = join(dir, 'signals.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { groups?: unknown };
  const groups = raw.groups;
  const valid =
    typeof groups === 'object' &&
    groups !== null &&
    Object.values(groups).every(
      (words) => Array.isArray(words) && words.every((w) => typeof w === 'string' && w.trim()),
    );
  if (!valid)
    throw new Error(`${relative(process.cwd(), path)}: groups: must map names to lists of words`);
  return groups as Record<string, string[]>;
}
