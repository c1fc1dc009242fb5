// Entry the build runs in Node: load, validate and compile the glossary in one call.
import { compileGlossary } from './compile';
import { loadGlossary, loadSignals } from './load';
import { formatProblem } from './schema';

export interface GlossaryBuild {
  ok: boolean;
  problems: string[];
  compiled?: ReturnType<typeof compileGlossary>;
  summary: string;
}

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
  return {
    ok: true,
    problems: [],
    compiled,
    summary: `glossary: ${terms.length} terms, ${trends.length} trends, ${compiled.index.surfaces.length} surface forms`,
  };
}
