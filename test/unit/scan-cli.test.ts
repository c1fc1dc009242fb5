// The `npm run scan` contract (DESIGN.md): one JSON object on stdout with --json, a table
// without, and a one-line error with a non-zero exit for bad flags and unreadable files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const scan = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts/scan.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

// The first run after a change compiles the glossary (a few seconds on a busy machine).
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
    // With --json, errors are JSON too, so a caller parsing the output never meets prose.
    expect(JSON.parse(missing.stderr)).toEqual({
      error: 'cannot read no-such-file.html: no such file',
    });
    expect(missing.stdout).toBe('');
    expect(scan('no-such-file.html').stderr.trim()).toBe(
      'scan: cannot read no-such-file.html: no such file',
    );
  });

  it('refuses a binary file or text in the wrong encoding instead of calling it off topic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const png = join(dir, 'image.html');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const binary = scan(png);
    expect(binary.status).toBe(1);
    expect(binary.stderr).toBe(`scan: cannot scan ${png}: it is a binary file, not HTML or text\n`);
    const latin1 = join(dir, 'latin1.html');
    writeFileSync(latin1, Buffer.from('<p>caf\xe9 na\xefve</p>', 'latin1'));
    const wrong = scan('--json', latin1);
    expect(wrong.status).toBe(1);
    expect(JSON.parse(wrong.stderr).error).toMatch(
      /is not valid utf-8 and declares no other encoding/,
    );
  });

  it('reads a GBK page by its meta charset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const gbk = join(dir, 'gbk.html');
    // "<meta charset=gbk><p>中国</p>" with 中国 in GBK bytes (D6D0 B9FA).
    writeFileSync(
      gbk,
      Buffer.concat([
        Buffer.from('<meta charset="gbk"><title>t</title><p>'),
        Buffer.from([0xd6, 0xd0, 0xb9, 0xfa]),
        Buffer.from('</p>'),
      ]),
    );
    const run = scan('--json', gbk);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).files[0].relevant).toBe(false);
  });

  it('prints usage with --help and explains the judgement with --explain', () => {
    const help = scan('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run scan -- \[--json\] \[--explain\]/);
    const brief = scan('--json', '--explain', 'test/fixtures/brief.html');
    const [page] = JSON.parse(brief.stdout).files;
    expect(page.relevant).toBe(true);
    expect(page.explain.verdict).toMatch(/short page/);
    expect(page.explain.reasons.map((r: { id: string }) => r.id)).toEqual(
      expect.arrayContaining(['h20', 'nvidia', 'china']),
    );
    const table = scan('--explain', 'test/fixtures/off-topic.html').stdout;
    expect(table).toMatch(/off topic: no unambiguous glossary term/);
  });
});
