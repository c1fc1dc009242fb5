// Glossary search for the popup: forgiving of case, punctuation and small typos ("h-20",
// "entity-list", "deepsek"), ranked so a title or form hit beats a word in a summary.

export interface Searchable {
  id: string;
  title: string;
  forms: string[];
  summary: string;
}

export interface SearchHit {
  id: string;
  score: number;
}

/** Lower case with everything but letters and digits removed: "H-20" and "h20" meet. */
export function compact(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Edit distance with transpositions, giving up once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

interface Prepared {
  id: string;
  keys: string[];
  keyWords: string[];
  summaryWords: Set<string>;
}

export class GlossarySearch {
  private readonly entries: Prepared[];

  constructor(items: readonly Searchable[]) {
    this.entries = items.map((item) => {
      const names = [item.title, ...item.forms];
      return {
        id: item.id,
        keys: [...new Set(names.map(compact))],
        keyWords: [...new Set(names.flatMap(words))],
        summaryWords: new Set(words(item.summary)),
      };
    });
  }

  search(query: string, limit = 50): SearchHit[] {
    const q = compact(query);
    if (!q) return [];
    const qWords = words(query);
    const hits: SearchHit[] = [];
    for (const e of this.entries) {
      const score = scoreEntry(e, q, qWords);
      if (score > 0) hits.push({ id: e.id, score });
    }
    return hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
  }
}

function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

function scoreEntry(e: Prepared, q: string, qWords: string[]): number {
  let best = 0;
  for (const key of e.keys) {
    if (key === q) return 100;
    if (key.startsWith(q)) best = Math.max(best, 80);
    else if (key.includes(q)) best = Math.max(best, 60);
  }
  if (best) return best;
  const budget = typoBudget(q.length);
  if (budget > 0) {
    for (const key of e.keys) {
      if (editDistance(q, key, budget) <= budget) return 50;
      // A typo in the prefix of a longer name ("deepsek" for "deepseekr1").
      if (key.length > q.length && editDistance(q, key.slice(0, q.length), budget) <= budget) {
        best = Math.max(best, 40);
      }
    }
  }
  if (best) return best;
  // Every query word found among the name words (allowing typos) or the summary's words.
  const allWords = qWords.every(
    (w) =>
      e.summaryWords.has(w) ||
      e.keyWords.some(
        (k) => k.startsWith(w) || editDistance(w, k, typoBudget(w.length)) <= typoBudget(w.length),
      ),
  );
  return allWords && qWords.length > 0 ? 20 : 0;
}
