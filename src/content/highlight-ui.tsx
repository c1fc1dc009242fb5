// The highlight controls drawn in the extension's shadow root: the bubble offered next to a
// selection, the card of a saved highlight (note, colour, delete) and a one-line toast.
import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../core/highlights';
import { trusted } from './trusted';

export interface Point {
  left: number;
  top: number;
}

const LABEL: Record<HighlightColor, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
};

// Buttons keep the page's selection: mousedown would otherwise collapse it before the click.
const keepSelection = (e: MouseEvent) => e.preventDefault();

export function SaveBubble(props: { at: Point; onSave: (color: HighlightColor) => void }) {
  return (
    <div
      class="bubble"
      role="toolbar"
      aria-label="Save highlight"
      style={{ left: `${props.at.left}px`, top: `${props.at.top}px` }}
    >
      <span class="bubble-label">Save</span>
      {HIGHLIGHT_COLORS.map((c) => (
        <button
          type="button"
          key={c}
          class={`swatch swatch-${c}`}
          aria-label={`Save highlight in ${LABEL[c].toLowerCase()}`}
          title={`Save highlight (${LABEL[c]})`}
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
      aria-label="Saved highlight"
      style={{ left: `${props.at.left}px`, top: `${props.at.top}px` }}
      onPointerEnter={trusted(props.onPointerEnter)}
      onPointerLeave={trusted(props.onPointerLeave)}
    >
      <p class="label">
        Saved {props.record.created.slice(0, 10)}
        {props.approximate && ' · placed approximately: the page changed since'}
      </p>
      {editing ? (
        <label class="note-label">
          Note
          <textarea
            class="note"
            rows={3}
            value={note}
            placeholder="Add a note"
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
          {saved ? 'Show note' : 'Add a note'}
        </button>
      )}
      <div class="saved-actions">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            key={c}
            class={`swatch swatch-${c}`}
            aria-pressed={props.record.color === c}
            aria-label={`Colour ${LABEL[c].toLowerCase()}`}
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
            Save note
          </button>
        )}
        <button type="button" class="delete" onClick={trusted(props.onDelete)}>
          Delete
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
      <button type="button" aria-label="Dismiss" onClick={trusted(props.onClose)}>
        ×
      </button>
    </div>
  );
}
