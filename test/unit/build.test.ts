// The build refuses a broken glossary, naming the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { glossaryDir } from './glossary-fixture';

const root = join(import.meta.dirname, '../..');
let copy: string | undefined;

function brokenGlossary(edit: (dir: string) => void): string {
  copy = mkdtempSync(join(tmpdir(), 'glossary-'));
  cpSync(join(glossaryDir, 'terms'), join(copy, 'terms'), { recursive: true });
  cpSync(join(glossaryDir, 'trends'), join(copy, 'trends'), { recursive: true });
  edit(copy);
  return copy;
}

function build(dir: string) {
  // The glossary step fails before anything is bundled or written.
  return spawnSync(process.execPath, [join(root, 'build.mjs')], {
    env: { ...process.env, GLOSSARY_DIR: dir },
    encoding: 'utf8',
  });
}

afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});

describe('npm run build with a malformed glossary entry', { timeout: 60_000 }, () => {
  it('fails, naming the file and the field', () => {
    const dir = brokenGlossary((d) => {
      const file = join(d, 'terms', 'h20.json');
      const term = JSON.parse(readFileSync(file, 'utf8'));
      term.sources[0].url = 'not a url';
      delete term.summary;
      writeFileSync(file, JSON.stringify(term));
    });
    const run = build(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/terms\/h20\.json: summary: is missing/);
    expect(run.stderr).toMatch(
      /terms\/h20\.json: sources\[0\]\.url: "not a url" is not an http\(s\) URL/,
    );
    expect(run.stderr.trim().split('\n').at(-1)).toBe(
      'Build failed: glossary: 2 problems; fix the entries named above.',
    );
  });

  it('fails on a file that is not JSON', () => {
    const dir = brokenGlossary((d) =>
      writeFileSync(join(d, 'terms', 'h20.json'), '{ "id": "h20", '),
    );
    const run = build(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/terms\/h20\.json: \(file\): is not valid JSON/);
  });
});
