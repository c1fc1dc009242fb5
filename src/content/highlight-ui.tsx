// The highlight controls drawn in the extension's shadow root: the bubble offered next to a
// selection, the card of a saved highlight (note, colour, delete) and a one-line toast.
import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../core/highlights';

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
          onClick={() => props.onSave(c)}
        />
      ))}
    </div>
  );
}

export function SavedCard(props: {
  record: HighlightRecord;
  at: Point;
  onChange: (change: Partial<Pick<HighlightRecord, 'note' | 'color'>>) => void;
  onDelete: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}) {
  const [note, setNote] = useState(props.record.note);
  const dirty = note !== props.record.note;
  return (
    <section
      class="card saved"
      role="dialog"
      aria-label="Saved highlight"
      style={{ left: `${props.at.left}px`, top: `${props.at.top}px` }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <p class="label">Saved {props.record.created.slice(0, 10)}</p>
      <label class="note-label">
        Note
        <textarea
          class="note"
          rows={3}
          value={note}
          placeholder="Add a note"
          onInput={(e) => setNote(e.currentTarget.value)}
        />
      </label>
      <div class="saved-actions">
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            key={c}
            class={`swatch swatch-${c}`}
            aria-pressed={props.record.color === c}
            aria-label={`Colour ${LABEL[c].toLowerCase()}`}
            onClick={() => props.onChange({ color: c })}
          />
        ))}
        <button
          type="button"
          class="save-note"
          disabled={!dirty}
          onClick={() => props.onChange({ note })}
        >
          Save note
        </button>
        <button type="button" class="delete" onClick={props.onDelete}>
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
        <button type="button" class="toast-action" onClick={props.action.run}>
          {props.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}
