// Where the glossary's facts come from. Primary texts (governments, companies, papers, model
// cards) and major publications are what a card should rest on; the sources report counts
// every cited domain so that weak ones stand out, and names entries with no strong source.
import type { Term, Trend } from './schema';

/** Domains (and their subdomains) whose texts are primary: governments, companies, papers. */
const PRIMARY = [
  'gov',
  'gov.cn',
  'gov.tw',
  'gov.uk',
  'europa.eu',
  'federalregister.gov',
  'congress.gov',
  'mofcom.gov.cn',
  'miit.gov.cn',
  'cac.gov.cn',
  'xinhuanet.com',
  'news.cn',
  'people.com.cn',
  'people.cn',
  'china.org.cn',
  'chinadaily.com.cn',
  'arxiv.org',
  'github.com',
  'huggingface.co',
  'nvidia.com',
  'amd.com',
  'intel.com',
  'huawei.com',
  'tsmc.com',
  'smics.com',
  'asml.com',
  'openai.com',
  'anthropic.com',
  'deepmind.google',
  'blog.google',
  'google',
  'ai.meta.com',
  'about.fb.com',
  'microsoft.com',
  'aws.amazon.com',
  'aboutamazon.com',
  'alibabacloud.com',
  'alibabagroup.com',
  'deepseek.com',
  'api-docs.deepseek.com',
  'sec.gov',
  'hkexnews.hk',
  'sse.com.cn',
  'szse.cn',
  'oecd.org',
  'iea.org',
  'wassenaar.org',
  'un.org',
  'whitehouse.gov',
  // Labs' and companies' own sites are primary for their own products and announcements.
  'mistral.ai',
  'x.ai',
  'spacex.com',
  'thinkingmachines.ai',
  'reflection.ai',
  'bytedance.com',
  'baidu.com',
  'tencent.com',
  'modelscope.cn',
  'worldaic.com.cn',
  // Cloud providers' own product documentation.
  'cloud.google.com',
  'awsdocs-neuron.readthedocs-hosted.com',
];

/** Major publications with their own reporting. */
const MAJOR = [
  'reuters.com',
  'apnews.com',
  'bloomberg.com',
  'ft.com',
  'wsj.com',
  'nytimes.com',
  'washingtonpost.com',
  'economist.com',
  'bbc.com',
  'bbc.co.uk',
  'theguardian.com',
  'cnbc.com',
  'cnn.com',
  'nikkei.com',
  'asia.nikkei.com',
  'scmp.com',
  'caixinglobal.com',
  'caixin.com',
  'theverge.com',
  'tomshardware.com',
  'anandtech.com',
  'semianalysis.com',
  'techcrunch.com',
  'wired.com',
  'arstechnica.com',
  'politico.com',
  'axios.com',
  'csis.org',
  'brookings.edu',
  'cset.georgetown.edu',
  'rand.org',
  'lawfaremedia.org',
  'technologyreview.com',
  'nature.com',
  'science.org',
  'stanford.edu',
  '36kr.com',
  'yicai.com',
  'thepaper.cn',
  'sina.com.cn',
  'ithome.com',
  'globaltimes.cn',
  'channelnewsasia.com',
  'semafor.com',
  'udn.com',
  'japantimes.co.jp',
  'koreaherald.com',
  'koreajoongangdaily.joins.com',
  'livemint.com',
  'business-standard.com',
  'businesstimes.com.sg',
  'datacenterdynamics.com',
  'technode.com',
  'theinformation.com',
  'fortune.com',
  'forbes.com',
  'time.com',
  'npr.org',
  'aljazeera.com',
  'dw.com',
  'afp.com',
  'france24.com',
  'focustaiwan.tw',
  'digitimes.com',
  'trendforce.com',
  'counterpointresearch.com',
  'techinsights.com',
  'independent.co.uk',
  'upi.com',
  'cgtn.com',
  'kr-asia.com',
  'nextgov.com',
  'mlex.com',
  'straitstimes.com',
  'thehindu.com',
  'cbsnews.com',
  'bostonglobe.com',
  'bnnbloomberg.ca',
  'handelsblatt.com',
  'asahi.com',
  'chosun.com',
  'kbs.co.kr',
  'hk01.com',
  'stheadline.com',
  'yicaiglobal.com',
  'gmw.cn',
];

export function domainOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function inList(domain: string, list: readonly string[]): boolean {
  return list.some((d) => domain === d || domain.endsWith(`.${d}`));
}

export type SourceStrength = 'primary' | 'major' | 'other';

export function strengthOf(url: string): SourceStrength {
  const domain = domainOf(url);
  if (inList(domain, PRIMARY)) return 'primary';
  if (inList(domain, MAJOR)) return 'major';
  return 'other';
}

/** Every URL an entry cites: its sources and each fact's or event's source. */
function urlsOf(entry: Term | Trend): string[] {
  if ('timeline' in entry) return entry.timeline.map((e) => e.source);
  return [...entry.sources.map((s) => s.url), ...(entry.facts ?? []).map((f) => f.source)];
}

export interface SourcesReport {
  domains: { domain: string; count: number; strength: SourceStrength }[];
  /** Entries citing no primary or major source. */
  weak: string[];
}

export function sourcesReport(terms: readonly Term[], trends: readonly Trend[]): SourcesReport {
  const counts = new Map<string, number>();
  const weak: string[] = [];
  for (const entry of [...terms, ...trends]) {
    const urls = urlsOf(entry);
    for (const url of urls) counts.set(domainOf(url), (counts.get(domainOf(url)) ?? 0) + 1);
    if (!urls.some((u) => strengthOf(u) !== 'other'))
      weak.push(`${'timeline' in entry ? 'trends' : 'terms'}/${entry.id}.json`);
  }
  const domains = [...counts]
    .map(([domain, count]) => ({ domain, count, strength: strengthOf(`https://${domain}/`) }))
    .sort((a, b) => b.count - a.count || a.domain.localeCompare(b.domain));
  return { domains, weak };
}
