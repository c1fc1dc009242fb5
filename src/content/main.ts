// Content script entry. Reads the settings, annotates the page when it's allowed to, and answers
// the popup. Every listener hangs off one AbortController, so switching off undoes everything.
import { clearHighlight, drawHighlight, FOCUS_HIGHLIGHT, highlightsSupported } from '../page/marks';
import { type ContentCalls, callBackground, type PageReport, serve } from '../platform/messages';
import {
  isSiteEnabled,
  loadSettings,
  onSettingsChanged,
  type Settings,
} from '../platform/settings';
import { type Annotation, annotate, removeAnnotations } from './annotator';
import { initHover } from './hover';
import { watchPage } from './page-watch';

const FOCUS_MS = 1600;

async function main(): Promise<void> {
  if (!highlightsSupported()) return;
  let settings = await loadSettings();
  let annotation: Annotation | undefined;
  let session: AbortController | undefined;
  let running: Promise<void> | undefined;
  const jumpCursor = new Map<string, number>();
  const emptySummary = { terms: [], trends: [] };

  const refresh = async () => {
    const next = await annotate(document, settings);
    annotation = next;
    jumpCursor.clear();
    void callBackground('page/scanned', next.summary.terms.length).catch(() => {});
  };

  const start = () => {
    session?.abort();
    session = new AbortController();
    const signal = session.signal;
    const hover = initHover(() => annotation, signal);
    running = refresh();
    watchPage(() => {
      running = refresh();
    }, signal);
    return hover;
  };

  const stop = () => {
    session?.abort();
    session = undefined;
    annotation = undefined;
    removeAnnotations();
    void callBackground('page/scanned', 0).catch(() => {});
  };

  let hover = isSiteEnabled(settings, location.hostname) ? start() : undefined;

  onSettingsChanged((next) => {
    const styleChanged =
      next.mentions !== settings.mentions || next.markStyle !== settings.markStyle;
    const wasOn = isSiteEnabled(settings, location.hostname);
    settings = next;
    const isOn = isSiteEnabled(settings, location.hostname);
    if (wasOn && !isOn) {
      hover = undefined;
      stop();
    } else if (!wasOn && isOn) hover = start();
    else if (isOn && styleChanged) running = refresh();
  });

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
        return {
          status: status(),
          url: location.href,
          title: document.title,
          summary: annotation?.summary ?? emptySummary,
        };
      },
      'page/jump': async ([termId]) => {
        await running;
        const marks = annotation?.marks.filter((m) => m.termId === termId) ?? [];
        if (marks.length === 0) return false;
        // Each jump goes to the next mention, wrapping around.
        const i = (jumpCursor.get(termId) ?? -1) + 1;
        const mark = marks[i % marks.length]!;
        jumpCursor.set(termId, i % marks.length);
        const target = document.createRange();
        target.setStart(mark.range.startContainer, mark.range.startOffset);
        target.setEnd(mark.range.endContainer, mark.range.endOffset);
        const rect = target.getBoundingClientRect();
        window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: 'instant' });
        drawHighlight(FOCUS_HIGHLIGHT, [mark.range]);
        setTimeout(() => clearHighlight(FOCUS_HIGHLIGHT), FOCUS_MS);
        hover?.open(mark);
        return true;
      },
    },
    // Only our popup and other extension pages ask the page anything.
    (sender) => sender.tab === undefined,
  );
}

main().catch((err: unknown) => {
  console.error('AI Race Lens could not start on this page:', err);
});

export type { Settings };
