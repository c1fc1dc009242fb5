// Search across the whole glossary, with filters by kind and side.
import { useMemo, useState } from 'preact/hooks';
import { KINDS, type Kind, SIDES, type Side } from '../glossary/schema';
import { t } from '../platform/i18n';
import type { PopupRoute } from '../platform/messages';
import { Badges, NavList } from './components';
import { allTerms, glossarySearch, terms } from './glossary-data';
import { KIND_LABEL, SIDE_LABEL } from './labels';
import { routeKey } from './router';

function countLine(n: number, query: string): string {
  if (query) return n === 1 ? t('termCountOneFor', query) : t('termCountFor', n, query);
  return n === 1 ? t('termCountOne') : t('termCount', n);
}

export function GlossaryView(props: { query: string; open: (route: PopupRoute) => void }) {
  const [kind, setKind] = useState<Kind | ''>('');
  const [side, setSide] = useState<Side | ''>('');
  const results = useMemo(() => {
    const base = props.query.trim()
      ? glossarySearch()
          .search(props.query)
          .map((h) => terms[h.id]!)
      : allTerms;
    return base.filter((t) => (!kind || t.kind === kind) && (!side || t.side === side));
  }, [props.query, kind, side]);

  return (
    <>
      <div class="filters">
        <label>
          {t('filterKind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind | '')}>
            <option value="">{t('filterAll')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterSide')}{' '}
          <select value={side} onChange={(e) => setSide(e.currentTarget.value as Side | '')}>
            <option value="">{t('filterAll')}</option>
            {SIDES.map((s) => (
              <option key={s} value={s}>
                {SIDE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="note" role="status" aria-live="polite">
        {results.length === 0 ? t('noTermMatches') : countLine(results.length, props.query.trim())}
      </p>
      <NavList label={t('glossaryResults')} resetKey={`${props.query}|${kind}|${side}`}>
        {results.map((t) => (
          <li key={t.id} class="row">
            <button
              type="button"
              data-nav-item
              data-route={routeKey({ view: 'term', id: t.id })}
              class="row-main stacked"
              onClick={() => props.open({ view: 'term', id: t.id })}
            >
              <span class="row-head">
                <span class="row-title">{t.title}</span>
                <Badges kind={t.kind} side={t.side} />
              </span>
              <span class="row-summary">{t.summary}</span>
            </button>
          </li>
        ))}
      </NavList>
    </>
  );
}
