// Preact runs effects after paint: on a requestAnimationFrame, with a 100 ms timer as fallback.
// A timer still pending when a test file ends would fire after jsdom is torn down and fail on
// the missing cancelAnimationFrame, an error about the harness, not the code. Let them run.
import { afterAll } from 'vitest';

afterAll(async () => {
  await new Promise((resolve) => setTimeout(resolve, 150));
});
