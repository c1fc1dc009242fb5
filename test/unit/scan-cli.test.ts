// The `npm run scan` contract (DESIGN.md): one JSON object on stdout with --json, a table
// without, and a one-line error with a non-zero exit for bad flags and unreadable files.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const scan = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/scan.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

// Each run compiles the glossary first (a few seconds on a busy machine).
describe('npm run scan', { timeout: 60_000 }, () => {
  it('prints one JSON object with terms, matches and trends for each file', () => {
    const run = scan('--json', 'test/fixtures/demo/article.html', 'test/fixtures/off-topic.html');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const [demo, offTopic] = out.files;
    expect(demo.file).toBe('test/fixtures/demo/article.html');
    expect(demo.relevant).toBe(true);
    const h20 = demo.terms.find((t: { id: string }) => t.id === 'h20');
    expect(h20).toMatchObject({ id: 'h20', title: 'Nvidia H20' });
    expect(h20.count).toBe(h20.matches.length);
    for (const m of h20.matches) {
      expect(m.text).toBe('H20');
      expect(m.end - m.start).toBe(3);
    }
    expect(demo.trends[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      score: expect.any(Number),
    });
    expect(offTopic).toEqual({
      file: 'test/fixtures/off-topic.html',
      relevant: false,
      terms: [],
      trends: [],
    });
  });

  it('prints a readable table without --json', () => {
    const run = scan('test/fixtures/off-topic.html');
    expect(run.stdout).toBe('test/fixtures/off-topic.html: not an AI-race page, nothing marked\n');
  });

  it('fails with one line on a bad flag or an unreadable file', () => {
    const bad = scan('--jsn', 'x.html');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    const missing = scan('--json', 'no-such-file.html');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr.trim()).toBe('scan: cannot read no-such-file.html: no such file');
    expect(missing.stdout).toBe('');
  });
});
