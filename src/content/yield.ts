// Lets the page breathe between slices of work (input, rendering): scheduler.yield where the
// browser has it, a macrotask otherwise.
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
