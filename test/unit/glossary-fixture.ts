// The shipped glossary, loaded and compiled once for the unit tests.
import { join } from 'node:path';
import { Matcher } from '../../src/core/matcher';
import { compileGlossary } from '../../src/glossary/compile';
import { loadGlossary, loadSignals } from '../../src/glossary/load';

export const glossaryDir = join(import.meta.dirname, '../../src/glossary');
export const shipped = loadGlossary(glossaryDir);
export const compiled = compileGlossary(shipped.terms, shipped.trends, loadSignals(glossaryDir));
export const matcher = new Matcher(compiled.index);
