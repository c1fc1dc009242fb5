// The pointer's position, at most once per animation frame, for hit-testing marks and saved
// highlights. Moves over the extension's own UI are left to that UI, and moves a page script
// made up (untrusted events) are ignored: a page must not open a card by itself.
import { isOwnUi } from '../page/own-ui';

export function watchPointer(onFrame: (x: number, y: number) => void, signal: AbortSignal): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  document.addEventListener(
    'pointermove',
    (e) => {
      if (!e.isTrusted || isOwnUi(e.target)) return;
      x = e.clientX;
      y = e.clientY;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        onFrame(x, y);
      });
    },
    { passive: true, signal },
  );
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
}
