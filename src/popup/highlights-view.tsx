// The reader's saved highlights: this page or all pages, newest first, searchable; open, edit,
// delete with undo; export as Markdown or JSON and import JSON.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  checkImportSize,
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type HighlightRecord,
  ImportError,
  matchesQuery,
  mergeById,
  parseExport,
  readableQuote,
  searchText,
  toJson,
  toMarkdown,
} from '../core/highlights';
import { normalizeUrl } from '../core/url';
import { browser } from '../platform/browser';
import {
  deleteHighlight,
  loadHighlights,
  onHighlightsChanged,
  requestFocus,
  saveHighlights,
} from '../platform/highlights-store';
import { COLOUR_NAME, t } from '../platform/i18n';
import { callTab } from '../platform/messages';
import { NavList } from './components';
import { terms } from './glossary-data';
import { formatDate } from './labels';
import type { ReportState } from './page-view';

const termTitle = (id: string) => terms[id]?.title ?? id;
/** Exports name only terms the glossary knows. */
const glossaryTitle = (id: string) => terms[id]?.title;

/** Highlights rendered at a time; more come as the reader scrolls to the end of the list. */
const LIST_PAGE = 60;

type Message = { kind: 'ok' | 'error'; text: string; undo?: HighlightRecord };

function download(name: string, type: string, text: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function HighlightsView(props: {
  scope: 'page' | 'all';
  report: ReportState;
  tabId: number | undefined;
  setScope: (scope: 'page' | 'all') => void;
}) {
  const [all, setAll] = useState<HighlightRecord[] | undefined>();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<string | undefined>();
  const [message, setMessage] = useState<Message | undefined>();
  const pageUrl = typeof props.report === 'object' ? normalizeUrl(props.report.url) : undefined;

  const reload = () =>
    loadHighlights().then(setAll, (err: unknown) =>
      setMessage({ kind: 'error', text: t('hlReadFailed', String(err)) }),
    );
  useEffect(() => {
    void reload();
    const stop = new AbortController();
    onHighlightsChanged(() => void reload(), stop.signal);
    return () => stop.abort();
  }, []);

  const missing = new Set(typeof props.report === 'object' ? props.report.highlights.missing : []);
  const approximate = new Set(
    typeof props.report === 'object' ? (props.report.highlights.approximate ?? []) : [],
  );
  // Newest first, with each record's search text made once per load, not per keystroke.
  const indexed = useMemo(
    () =>
      (all ?? [])
        .map((r) => ({ r, hay: searchText(r, termTitle) }))
        .sort((a, b) => b.r.created.localeCompare(a.r.created)),
    [all],
  );
  const shown = useMemo(
    () =>
      indexed
        .filter(({ r }) => props.scope === 'all' || r.url === pageUrl)
        .filter(({ hay }) => matchesQuery(hay, query))
        .map(({ r }) => r),
    [indexed, props.scope, query, pageUrl],
  );
  // Thousands of highlights: only a screenful or so is rendered, more as the list is scrolled.
  const [rendered, setRendered] = useState(LIST_PAGE);
  useEffect(() => setRendered(LIST_PAGE), [props.scope, query]);
  const more = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const sentinel = more.current;
    if (!sentinel || typeof IntersectionObserver !== 'function') return;
    const watch = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setRendered((n) => n + LIST_PAGE);
    });
    watch.observe(sentinel);
    return () => watch.disconnect();
  }, [rendered, shown.length]);

  const run = async (action: () => Promise<void>, done?: Message) => {
    try {
      await action();
      if (done) setMessage(done);
    } catch (err) {
      setMessage({ kind: 'error', text: (err as Error).message });
    }
  };

  const open = (r: HighlightRecord) =>
    run(async () => {
      if (r.url === pageUrl && props.tabId !== undefined) {
        const found = await callTab(props.tabId, 'highlight/focus', r.id);
        if (!found) setMessage({ kind: 'error', text: t('hlNotOnPage') });
        return;
      }
      await requestFocus(r.url, r.id);
      await browser.tabs.create({ url: r.url });
    });

  const remove = (r: HighlightRecord) =>
    run(() => deleteHighlight(r), { kind: 'ok', text: t('hlDeleted'), undo: r });

  const importFile = async (file: File) => {
    let incoming: HighlightRecord[];
    try {
      // Refused before reading: a huge file would keep the popup busy for nothing.
      checkImportSize(file.size);
      incoming = parseExport(await file.text());
    } catch (err) {
      const text = err instanceof ImportError ? err.message : t('hlFileUnreadable', String(err));
      setMessage({ kind: 'error', text: t('hlImportRefused', text) });
      return;
    }
    const merge = mergeById(all ?? [], incoming);
    await run(() => saveHighlights(merge.changed), {
      kind: 'ok',
      text: t(
        merge.added + merge.updated === 1 ? 'hlImportedOne' : 'hlImported',
        merge.added,
        merge.updated,
        merge.unchanged,
      ),
    });
  };

  const stamp = new Date().toISOString().slice(0, 10);
  const exportable = props.scope === 'all' ? (all ?? []) : shown;

  return (
    <div class="highlights">
      <fieldset class="scope">
        <legend class="visually-hidden">{t('hlScope')}</legend>
        <button
          type="button"
          aria-pressed={props.scope === 'page'}
          onClick={() => props.setScope('page')}
        >
          {t('hlThisPage')}
        </button>
        <button
          type="button"
          aria-pressed={props.scope === 'all'}
          onClick={() => props.setScope('all')}
        >
          {t('hlAllPages')}
        </button>
        <input
          type="text"
          class="hl-search"
          placeholder={t('hlSearch')}
          aria-label={t('hlSearch')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </fieldset>
      {message && (
        <p
          class={`hl-message ${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}{' '}
          {message.undo && (
            <button
              type="button"
              onClick={() =>
                run(() => saveHighlights([message.undo!]), { kind: 'ok', text: t('hlRestored') })
              }
            >
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {all === undefined ? (
        <p class="note">{t('loading')}</p>
      ) : shown.length === 0 ? (
        <p class="note">
          {query ? t('hlNoMatches') : props.scope === 'page' ? t('hlNoneOnPage') : t('hlNone')}
        </p>
      ) : (
        <NavList label={t('hlList')}>
          {shown.slice(0, rendered).map((r) => (
            <li key={r.id} class={`hl-item hl-${r.color}`}>
              <blockquote class="hl-quote">{readableQuote(r)}</blockquote>
              {missing.has(r.id) && props.scope === 'page' && (
                <p class="hl-missing">{t('hlMissing')}</p>
              )}
              {approximate.has(r.id) && props.scope === 'page' && (
                <p class="hl-approximate">{t('hlApproximate')}</p>
              )}
              {r.note && editing !== r.id && <p class="hl-note">{r.note}</p>}
              <p class="hl-meta">
                {props.scope === 'all' && <span>{r.title || r.url} · </span>}
                {formatDate(r.created.slice(0, 10))}
                {r.tags.length > 0 && <span> · {r.tags.map(termTitle).join(', ')}</span>}
              </p>
              {editing === r.id ? (
                <EditHighlight
                  record={r}
                  onCancel={() => setEditing(undefined)}
                  onSave={(change) =>
                    run(async () => {
                      await saveHighlights([
                        { ...r, ...change, modified: new Date().toISOString() },
                      ]);
                      setEditing(undefined);
                    })
                  }
                />
              ) : (
                <div class="hl-actions">
                  <button type="button" data-nav-item onClick={() => void open(r)}>
                    {t('hlOpen')}
                  </button>
                  <button type="button" onClick={() => setEditing(r.id)}>
                    {t('hlEdit')}
                  </button>
                  <button type="button" onClick={() => void remove(r)}>
                    {t('delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
          {shown.length > rendered && (
            <li ref={more} class="hl-more">
              <button type="button" onClick={() => setRendered((n) => n + LIST_PAGE)}>
                {t('hlShowMore', shown.length - rendered)}
              </button>
            </li>
          )}
        </NavList>
      )}
      <div class="hl-io">
        <button
          type="button"
          disabled={exportable.length === 0}
          onClick={() =>
            download(
              `ai-race-lens-highlights-${stamp}.md`,
              'text/markdown',
              toMarkdown(exportable, glossaryTitle),
            )
          }
        >
          {t('hlExportMarkdown')}
        </button>
        <button
          type="button"
          disabled={exportable.length === 0}
          onClick={() =>
            download(
              `ai-race-lens-highlights-${stamp}.json`,
              'application/json',
              toJson(exportable),
            )
          }
        >
          {t('hlExportJson')}
        </button>
        <label class="import">
          {t('hlImportJson')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>
    </div>
  );
}

function EditHighlight(props: {
  record: HighlightRecord;
  onSave: (change: { note: string; color: HighlightColor }) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState(props.record.note);
  const [color, setColor] = useState(props.record.color);
  return (
    <form
      class="hl-edit"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave({ note, color });
      }}
    >
      <label>
        {t('note')}
        <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <fieldset class="hl-colors">
        <legend class="visually-hidden">{t('colour')}</legend>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            key={c}
            aria-pressed={color === c}
            aria-label={t(COLOUR_NAME[c])}
            class={`swatch swatch-${c}`}
            onClick={() => setColor(c)}
          />
        ))}
      </fieldset>
      <button type="submit">{t('save')}</button>
      <button type="button" onClick={props.onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
