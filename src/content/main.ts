// Content script entry. Annotates the page when the reader allows it, places saved highlights
// (always: they are the reader's own), and answers the popup. Listeners hang off
// AbortControllers, so switching annotations off undoes everything they set up.
import type { Relevance } from '../core/relevance';
import { scrollToRange } from '../page/geometry';
import { flashRange, highlightsSupported } from '../page/marks';
import {
  type ContentCalls,
  callBackground,
  isExtensionPage,
  type PageReport,
  serve,
} from '../platform/messages';
import { isSiteEnabled, loadSettings, onSettingsChanged } from '../platform/settings';
import { type Annotation, annotate, removeAnnotations } from './annotator';
import { initHighlighter } from './highlighter';
import { type HoverController, initHover } from './hover';
import { watchPage } from './page-watch';

async function main(): Promise<void> {
  // Documents without a body (SVG, XML) have no article to read and nowhere to save from.
  if (!highlightsSupported() || !document.body) return;
  let settings = await loadSettings();
  let annotation: Annotation | undefined;
  let session: AbortController | undefined;
  let hover: HoverController | undefined;
  let running: Promise<void> | undefined;
  const jumpCursor = new Map<string, number>();
  const lifetime = new AbortController();
  const highlighter = initHighlighter(lifetime.signal);

  const annotateOnce = async (reuse: boolean) => {
    const next = await annotate(document, settings, reuse ? annotation : undefined);
    // Switched off while this pass ran: take down what it drew.
    if (!session) {
      removeAnnotations();
      return;
    }
    // The page changed but not its reading text: nothing was redrawn.
    if (next === annotation) return;
    annotation = next;
    jumpCursor.clear();
    void callBackground('page/scanned', next?.summary.terms.length ?? 0).catch(() => {});
  };
  // Passes never overlap (an older one finishing late would draw stale marks): a request made
  // during a pass runs once more after it.
  let inFlight: Promise<void> | undefined;
  let again = false;
  /** True while every request since the last pass came from the page watcher. */
  let onlyPageChanges = true;
  const refresh = (fromPageChange = false): Promise<void> => {
    if (!fromPageChange) onlyPageChanges = false;
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      try {
        do {
          again = false;
          const reuse = onlyPageChanges;
          onlyPageChanges = true;
          await annotateOnce(reuse);
        } while (again && session);
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  const start = () => {
    session?.abort();
    session = new AbortController();
    hover = initHover(() => annotation, session.signal);
    running = refresh();
  };

  const stop = () => {
    session?.abort();
    session = undefined;
    hover = undefined;
    annotation = undefined;
    removeAnnotations();
    void callBackground('page/scanned', 0).catch(() => {});
  };

  if (isSiteEnabled(settings, location.hostname)) start();

  // One watcher for both: when the page's text changes, terms and highlights are placed again.
  watchPage(
    () => {
      if (session) running = refresh(true);
      void highlighter.refresh();
    },
    {
      region: () => annotation?.root,
      // Saved highlights may be anywhere on the page: then every text change counts.
      everywhere: () => {
        const { placed, missing } = highlighter.state();
        return placed.length + missing.length > 0;
      },
    },
    lifetime.signal,
  );

  onSettingsChanged((next) => {
    const styleChanged =
      next.mentions !== settings.mentions ||
      next.markStyle !== settings.markStyle ||
      next.cardLanguage !== settings.cardLanguage;
    const wasOn = isSiteEnabled(settings, location.hostname);
    settings = next;
    const isOn = isSiteEnabled(settings, location.hostname);
    if (wasOn && !isOn) stop();
    else if (!wasOn && isOn) start();
    else if (isOn && styleChanged) running = refresh();
  }, lifetime.signal);

  const status = (): PageReport['status'] => {
    if (!settings.enabled) return 'disabled';
    if (!isSiteEnabled(settings, location.hostname)) return 'site-disabled';
    if (!annotation?.detection.relevance.relevant) return 'not-relevant';
    return 'ok';
  };

  serve<ContentCalls>(
    {
      'page/report': async () => {
        await running;
        const { placed, missing } = highlighter.state();
        return {
          status: status(),
          url: location.href,
          title: document.title,
          summary: annotation?.summary ?? { terms: [], trends: [] },
          ...(annotation ? { relevance: whyOf(annotation.detection.relevance) } : {}),
          language: annotation?.cardLanguage ?? 'en',
          ...(annotation?.marksCapped ? { marksCapped: annotation.marksCapped } : {}),
          highlights: {
            placed: placed.map((p) => p.record.id),
            approximate: placed.filter((p) => p.approximate).map((p) => p.record.id),
            missing: missing.map((r) => r.id),
          },
        };
      },
      'page/jump': async ([termId]) => {
        await running;
        const marks = annotation?.marks.filter((m) => m.termId === termId) ?? [];
        if (marks.length === 0) return false;
        // Each jump goes to the next mention, wrapping around.
        const i = ((jumpCursor.get(termId) ?? -1) + 1) % marks.length;
        jumpCursor.set(termId, i);
        const mark = marks[i]!;
        scrollToRange(mark.range);
        flashRange(mark.range);
        hover?.open(mark);
        return true;
      },
      'highlight/save-selection': () => highlighter.saveSelection(),
      'highlight/focus': ([id]) => highlighter.focus(id),
    },
    // Only our popup and service worker ask the page anything; never another page's script.
    isExtensionPage,
    lifetime.signal,
  );
}

main().catch((err: unknown) => {
  console.error('AI Race Lens could not start on this page:', err);
});

/** The judgement as the popup shows it: the strongest evidence only, to keep the message small. */
function whyOf(r: Relevance): NonNullable<PageReport['relevance']> {
  return {
    relevant: r.relevant,
    score: r.score,
    verdict: r.verdict,
    reasons: r.reasons.slice(0, 12),
  };
}
