// The key highlights are stored under: the page's URL without its fragment or the tracking
// parameters that newsletters and social sites append, so one article has one key.

const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|ocid|cmpid|smid|sr_share|share|ref_src|ref_url|guccounter)$/i,
];

export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([key]) => !TRACKING.some((re) => re.test(key)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}
