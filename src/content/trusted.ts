// Handlers for the extension's controls run only for the reader's own input: an event a page
// script made up (`isTrusted` false) must never save, open, delete or read anything.
export function trusted<E extends Event>(run: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) run(e);
  };
}
