// When a card for the thing under the pointer opens and closes, shared by term cards and saved
// highlights: it opens after the pointer rests on a target, stays while the pointer is on the
// target or on the card, and closes after a grace period once it is on neither.

export interface HoverIntent<T> {
  /** The target under the pointer now, or undefined; called once per animation frame. */
  pointerAt(target: T | undefined): void;
  /** Opens at once, without the dwell (jump-to, keyboard). */
  openNow(target: T): void;
  /** The card's own pointerenter / pointerleave. */
  enterCard(): void;
  leaveCard(): void;
  /** Forgets the open target and timers; the owner hides the card. */
  reset(): void;
  shown(): T | undefined;
  overCard(): boolean;
}

export function hoverIntent<T>(options: {
  dwellMs: number;
  graceMs: number;
  open: (target: T) => void;
  close: () => void;
}): HoverIntent<T> {
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let pending: T | undefined;
  let shown: T | undefined;
  let overCard = false;

  const show = (target: T) => {
    shown = target;
    options.open(target);
  };
  const scheduleClose = () => {
    clearTimeout(graceTimer);
    graceTimer = setTimeout(() => {
      if (!overCard && shown !== undefined) options.close();
    }, options.graceMs);
  };

  return {
    pointerAt(target) {
      if (target !== undefined && target === shown) {
        clearTimeout(graceTimer);
        return;
      }
      if (target !== pending) {
        clearTimeout(dwellTimer);
        pending = target;
        if (target !== undefined) dwellTimer = setTimeout(() => show(target), options.dwellMs);
      }
      if (target === undefined && shown !== undefined && !overCard) scheduleClose();
    },
    openNow(target) {
      clearTimeout(dwellTimer);
      show(target);
    },
    enterCard() {
      overCard = true;
      clearTimeout(graceTimer);
    },
    leaveCard() {
      overCard = false;
      scheduleClose();
    },
    reset() {
      clearTimeout(dwellTimer);
      clearTimeout(graceTimer);
      pending = undefined;
      shown = undefined;
      overCard = false;
    },
    shown: () => shown,
    overCard: () => overCard,
  };
}
