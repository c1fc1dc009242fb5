// The highlight controls drawn in the extension's shadow root: the bubble offered next to a
// selection, the card of a saved highlight (note, colour, delete) and a one-line toast.
import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../core/highlights';
import { COLOUR_NAME, t } from '../platform/i18n';
import { trusted } from './trusted';

export interface Point {
  left: number;
  top: number;
}

// Buttons keep the page's selection: mousedown would otherwise collapse it before the click.
const keepSelection = (e: MouseEvent) => e.preventDefault();

export function SaveBubble(props: { at: Point; onSave: (color: HighlightColor) => void }) {
  return (
    <div
      class="bubble"
      role="toolbar"
      aria-label={t('menuSaveHighlight')}
      style={{ left: `${props.at.left}px`, top: `${props.at.top}px` }}
    >
      <span class="bubble-label">{t('save')}</span>
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          type="button"
          key={c}
          class={`swatch swatch-${c}`}
          aria-label={t('saveIn', t(COLOUR_NAME[c]))}
          title={t('saveInTitle', t(COLOUR_NAME[c]))}
          onMouseDown={keepSelection}
          onClick={trusted(() => props.onSave(c))}
        />
      ))}
    </div>
  );
}

/**
 * A saved highlight's card. The note is not put into the card until the reader asks for it
 * (Show note / Add a note), so nothing private sits in the page's document unasked.
 */
export function SavedCard(props: {
  record: HighlightRecord;
  at: Point;
  approximate: boolean;
  onChange: (change: Partial<Pick<HighlightRecord, 'note' | 'color'>>) => void;
  onDelete: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const saved = props.record.note;
  const dirty = editing && note !== saved;
  return (
    <section
      class="card saved"
      role="dialog"
      aria-label={t('savedHighlight')}
      style={{ left: `${props.at.left}px`, top: `${props.at.top}px` }}
      onPointerEnter={trusted(props.onPointerEnter)}
      onPointerLeave={trusted(props.onPointerLeave)}
    >
      <p class="label">
        {t('savedOn', props.record.created.slice(0, 10))}
        {props.approximate && ` · ${t('savedApproximate')}`}
      </p>
      {editing ? (
        <label class="note-label">
          {t('note')}
          <textarea
            class="note"
            rows={3}
            value={note}
            placeholder={t('addNote')}
            onInput={trusted((e: Event) => setNote((e.currentTarget as HTMLTextAreaElement).value))}
          />
        </label>
      ) : (
        <button
          type="button"
          class="show-note"
          onClick={trusted(() => {
            setNote(saved);
            setEditing(true);
          })}
        >
          {saved ? t('showNote') : t('addNote')}
        </button>
      )}
      <div class="saved-actions">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            key={c}
            class={`swatch swatch-${c}`}
            aria-pressed={props.record.color === c}
            aria-label={t('colourIs', t(COLOUR_NAME[c]))}
            onClick={trusted(() => props.onChange({ color: c }))}
          />
        ))}
        {editing && (
          <button
            type="button"
            class="save-note"
            disabled={!dirty}
            onClick={trusted(() => props.onChange({ note }))}
          >
            {t('saveNote')}
          </button>
        )}
        <button type="button" class="delete" onClick={trusted(props.onDelete)}>
          {t('delete')}
        </button>
      </div>
    </section>
  );
}

export interface ToastAction {
  label: string;
  run: () => void;
}

export function Toast(props: {
  message: string;
  kind: 'ok' | 'error';
  action?: ToastAction | undefined;
  onClose: () => void;
}) {
  return (
    <div class={`toast toast-${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      <span>{props.message}</span>
      {props.action && (
        <button type="button" class="toast-action" onClick={trusted(props.action.run)}>
          {props.action.label}
        </button>
      )}
      <button type="button" aria-label={t('dismiss')} onClick={trusted(props.onClose)}>
        ×
      </button>
    </div>
  );
}
