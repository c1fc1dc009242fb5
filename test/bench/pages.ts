// Generated pages for the benchmarks: long articles, on-topic (AI-race sentences mixed with
// ordinary prose) and off-topic (ordinary prose only), with the inline markup real pages have.

const ON_TOPIC = [
  'Nvidia said the H20 would need an export licence, and analysts cut their forecasts for its China sales.',
  'The Bureau of Industry and Security added dozens of firms to the Entity List in December.',
  'Demand for HBM from SK hynix and Samsung has outrun supply as inference workloads grow.',
  'Huawei is shipping the Ascend 910C in volume, made largely on SMIC’s 7 nm process with DUV lithography.',
  'DeepSeek-R1 showed that a reasoning model could be trained with far fewer GPU-hours than rivals assumed.',
  'Big Fund III, registered with 344 billion yuan, is the largest of China’s chip funds.',
  'Export controls on advanced chips now cover memory as well as processors.',
  'The AI Diffusion rule was rescinded before its requirements took effect.',
  'Alibaba’s Qwen models and Moonshot AI’s Kimi are among the most downloaded open-weight models.',
  'Training a frontier model takes months; serving it to users means inference every second of the day.',
];

const PROSE = [
  'The committee met on Tuesday to discuss the budget for the coming year and the state of the roads.',
  'Residents said the new park had changed the neighbourhood, bringing families out in the evenings.',
  'The report ran to three hundred pages and took most of the summer to write and check.',
  'Rain is expected later in the week, with temperatures falling back to the seasonal average.',
  'She had worked at the library for twenty years and knew most of the regular readers by name.',
  'The bridge will close for repairs in the spring, and buses will follow a longer route.',
  'Several shops on the high street have changed hands, and two new cafés opened this month.',
  'The orchestra played to a full house, ending with a piece the composer wrote in his twenties.',
  'Farmers in the valley reported a late harvest after a cold and wet start to the season.',
  'The museum’s new wing, designed by a local firm, opens to visitors at the end of the month.',
];

/** A small deterministic generator, so every run measures the same page. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function decorate(sentence: string, r: () => number): string {
  // Some inline markup, as articles have: links and emphasis around a few words.
  const words = sentence.split(' ');
  const i = Math.floor(r() * words.length);
  if (r() < 0.3) words[i] = `<a href="/w/${i}">${words[i]}</a>`;
  else if (r() < 0.2) words[i] = `<em>${words[i]}</em>`;
  return words.join(' ');
}

/** An article of about `words` words; `onTopicShare` of its sentences are AI-race sentences. */
export function makePage(words: number, onTopicShare: number, seed = 1): string {
  const r = random(seed);
  const paragraphs: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++) {
      const pool = r() < onTopicShare ? ON_TOPIC : PROSE;
      const s = pool[Math.floor(r() * pool.length)]!;
      count += s.split(' ').length;
      sentences.push(decorate(s, r));
    }
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
    if (paragraphs.length % 12 === 0) paragraphs.push(`<h2>Section ${++section}</h2>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark page</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>A long read</h1>${paragraphs.join('\n')}</article></main>
<aside><h3>More</h3><p>Other stories.</p></aside><footer>Footer</footer></body></html>`;
}
