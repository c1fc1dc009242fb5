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

const ON_TOPIC_ZH = [
  '美国要求英伟达H20芯片对华出口须获许可，分析师下调了其中国业务的预期。',
  '美国商务部工业与安全局在十二月把数十家中国企业列入实体清单。',
  '推理需求增长很快，SK海力士和三星的高带宽内存供不应求。',
  '华为昇腾910C已经批量交付，主要由中芯国际用深紫外光刻机多重曝光制造。',
  '深度求索发布的DeepSeek-R1表明，推理模型可以用远少于对手的算力训练出来。',
  '大基金三期注册资本3440亿元，是中国规模最大的集成电路产业基金。',
  '台積電的先進封裝產能吃緊，輝達的AI晶片需求依然強勁。',
  '阿里巴巴的通义千问和月之暗面的Kimi都是下载量最高的开源模型之一。',
  '训练一个前沿大模型需要几个月，而为用户提供服务则每一秒都在推理。',
  '商务部宣布对镓、锗相关物项实施出口管制，出口须申请许可。',
];

/** Everyday Chinese prose, with the words that have a second life (训练, 模型, 推理, 芯片, 令牌). */
const PROSE_ZH = [
  '委员会周二开会讨论来年的预算和道路状况，居民代表也列席了会议。',
  '新公园改变了整个街区，傍晚时分总能看到散步的一家人。',
  '这份报告长达三百页，写作和核对花了大半个夏天。',
  '本周后半段预计有雨，气温将回落到往年同期水平。',
  '她在图书馆工作了二十年，叫得出大多数常客的名字。',
  '马拉松训练进入第八周，教练把长距离慢跑延长到了三十公里。',
  '模型店的老板说，最近几年拼装高达模型的年轻人越来越多。',
  '这部推理小说把所有线索都摆在读者面前，结局仍然出人意料。',
  '新手机的芯片发热控制得不错，连续玩一小时游戏也不烫手。',
  '收集五个通关令牌之后，就可以在主城兑换传说武器。',
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

/** A Chinese article of about `chars` characters, in the same shape as `makePage`. */
export function makeChinesePage(chars: number, onTopicShare: number, seed = 1): string {
  const r = random(seed);
  const paragraphs: string[] = [];
  let count = 0;
  let section = 0;
  while (count < chars) {
    const sentences: string[] = [];
    for (let k = 0; k < 5; k++) {
      const pool = r() < onTopicShare ? ON_TOPIC_ZH : PROSE_ZH;
      const s = pool[Math.floor(r() * pool.length)]!;
      count += s.length;
      // Links and emphasis around a few characters, as Chinese news pages have.
      const at = Math.floor(r() * (s.length - 4));
      const markup = r() < 0.3 ? ['<a href="/w">', '</a>'] : r() < 0.2 ? ['<em>', '</em>'] : null;
      sentences.push(
        markup
          ? `${s.slice(0, at)}${markup[0]}${s.slice(at, at + 4)}${markup[1]}${s.slice(at + 4)}`
          : s,
      );
    }
    paragraphs.push(`<p>${sentences.join('')}</p>`);
    if (paragraphs.length % 12 === 0) paragraphs.push(`<h2>第${++section}节</h2>`);
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准测试页面</title></head>
<body><header><nav><a href="/">首页</a> <a href="/news">新闻</a></nav></header>
<main><article><h1>一篇长文</h1>${paragraphs.join('\n')}</article></main>
<aside><h3>更多</h3><p>其他报道。</p></aside><footer>页脚</footer></body></html>`;
}

/** A short page with nothing for us: a sign-in form, as many pages a reader opens are. */
export function makeTinyPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body><main><h1>Sign in</h1><form><label>Email <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
<p><a href="/forgot">Forgot your password?</a></p></main></body></html>`;
}
