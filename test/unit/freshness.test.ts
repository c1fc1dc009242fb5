// The maintainer's reports: what to re-check before a release, and where facts come from.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findStale, monthsBefore } from '../../src/glossary/freshness';
import type { Term, Trend } from '../../src/glossary/schema';
import { sourcesReport, strengthOf } from '../../src/glossary/source-quality';
import { term } from './make-index';

const root = join(import.meta.dirname, '../..');

describe('the stale report', () => {
  const fact = (date: string, until?: string) => ({
    date,
    text: 't',
    source: 'https://www.reuters.com/x',
    ...(until ? { until } : {}),
  });
  const old = { ...term('old', 'policy', []), asOf: '2026-01' };
  const fresh = {
    ...term('fresh', 'policy', []),
    asOf: '2026-11',
    facts: [fact('2025-11-10', '2026-11-10'), fact('2026-06-01', '2027-06-01')],
  };
  const trend: Trend = {
    id: 'tr',
    title: 'tr',
    summary: 's',
    whyItMatters: 'w',
    timeline: [],
    terms: [],
    watch: ['plain', { text: 'due', by: '2026-06' }, { text: 'later', by: '2027-01' }],
    asOf: '2026-11-20',
    reviewed: '2026-11-28',
  };

  it('lists old entries, ended states and passed watch dates, nothing else', () => {
    const items = findStale([old, fresh] as Term[], [trend], '2026-11-30', 3);
    expect(items).toEqual([
      { file: 'terms/old.json', what: 'asOf 2026-01 is older than 3 months' },
      { file: 'terms/fresh.json', what: 'facts[0] ended 2026-11-10: check what followed' },
      { file: 'trends/tr.json', what: 'watch[1] was due 2026-06: say what happened' },
    ]);
  });

  it('counts months back from the day it runs', () => {
    expect(monthsBefore('2026-11-30', 3)).toBe('2026-08-30');
    expect(findStale([old] as Term[], [], '2026-03-15', 3)).toEqual([]);
  });

  it('runs as npm run glossary -- --stale and refuses a bad age', () => {
    const run = (...a: string[]) =>
      spawnSync(process.execPath, [join(root, 'scripts/glossary-report.mjs'), ...a], {
        cwd: root,
        encoding: 'utf8',
      });
    const ok = run('--stale', '--months', '120', '--on', '2026-11-30');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(
      /^\d+ things to re-check \(as of 2026-11-30, entries older than 120 months\):/,
    );
    const bad = run('--stale', '--months', 'soon');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--months takes a whole number/);
  }, 60_000);
});

describe('the sources report', () => {
  it('tells primary texts and major publications from the rest', () => {
    expect(strengthOf('https://www.federalregister.gov/d/2025-00711')).toBe('primary');
    expect(strengthOf('https://www.bis.gov/press-release/x')).toBe('primary');
    expect(strengthOf('https://www.mofcom.gov.cn/zwgk/x.html')).toBe('primary');
    expect(strengthOf('https://www.reuters.com/technology/x')).toBe('major');
    expect(strengthOf('https://aggregator.example.com/copy-of-reuters')).toBe('other');
  });

  it('counts cited domains and names entries with no strong source', () => {
    const strong = {
      ...term('strong', 'chip', []),
      sources: [{ title: 't', url: 'https://www.reuters.com/a' }],
    };
    const weak = {
      ...term('weak', 'chip', []),
      sources: [{ title: 't', url: 'https://mirror.example.com/a' }],
    };
    const report = sourcesReport([strong, weak], []);
    expect(report.weak).toEqual(['terms/weak.json']);
    expect(report.domains).toEqual([
      { domain: 'mirror.example.com', count: 1, strength: 'other' },
      { domain: 'reuters.com', count: 1, strength: 'major' },
    ]);
  });
});
