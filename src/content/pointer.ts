// The pointer's position, at most once per animation frame, for hit-testing marks and saved
// highlights. Moves over the extension's own UI are left to that UI.
import { HOST_TAG } from '../page/collect';

export function watchPointer(onFrame: (x: number, y: number) => void, signal: AbortSignal): void {
  let frame = 0;
  let x = 0;
  let y = 0;
  document.addEventListener(
    'pointermove',
    (e) => {
      if ((e.target as Element | null)?.localName === HOST_TAG) return;
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
