// What a maintainer should re-check before a release: entries not checked for a while, facts
// whose temporary state has ended, and questions to watch whose date has passed. The build warns
// with these (it never fails on them); `npm run glossary -- --stale` lists them.
import type { Term, Trend } from './schema';

export interface StaleItem {
  file: string;
  what: string;
}

/** YYYY-MM-DD `months` before `on`; partial dates compare as text against it. */
export function monthsBefore(on: string, months: number): string {
  const d = new Date(`${on}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

/** A date is wholly past once `on` is later than all of it ("2026-11" passes in December). */
function passed(date: string, on: string): boolean {
  return on.slice(0, date.length) > date;
}

export function findStale(
  terms: readonly Term[],
  trends: readonly Trend[],
  on: string,
  maxAgeMonths: number,
): StaleItem[] {
  const cutoff = monthsBefore(on, maxAgeMonths);
  const items: StaleItem[] = [];
  const checkAsOf = (file: string, asOf: string) => {
    // "2026-05" covers May; it is older than a cutoff of 2026-05-30 only once all of May is.
    if (passed(asOf, cutoff))
      items.push({ file, what: `asOf ${asOf} is older than ${maxAgeMonths} months` });
  };
  for (const t of terms) {
    const file = `terms/${t.id}.json`;
    checkAsOf(file, t.asOf);
    (t.facts ?? []).forEach((f, i) => {
      if (f.until && passed(f.until, on))
        items.push({ file, what: `facts[${i}] ended ${f.until}: check what followed` });
    });
  }
  for (const t of trends) {
    const file = `trends/${t.id}.json`;
    checkAsOf(file, t.asOf);
    t.timeline.forEach((e, i) => {
      if (e.until && passed(e.until, on))
        items.push({ file, what: `timeline[${i}] ended ${e.until}: check what followed` });
    });
    t.watch.forEach((w, i) => {
      if (typeof w !== 'string' && w.by && passed(w.by, on))
        items.push({ file, what: `watch[${i}] was due ${w.by}: say what happened` });
    });
  }
  return items;
}
