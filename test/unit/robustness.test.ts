// Saved highlights on edited pages: at least 95% placed correctly, none placed wrongly.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureRobustness } from '../corpus/anchoring-robustness';

const result = measureRobustness(join(import.meta.dirname, '../corpus'));

describe('re-anchoring saved highlights after the page changed', () => {
  it('tries at least 600 passages across every kind of edit', () => {
    expect(result.total).toBeGreaterThanOrEqual(600);
    expect(Object.keys(result.byScenario)).toHaveLength(6);
  });

  it('places at least 95% correctly', () => {
    expect(result.correct / result.total, JSON.stringify(result.byScenario)).toBeGreaterThanOrEqual(
      0.95,
    );
  });

  it('never places a highlight on the wrong passage', () => {
    expect(result.wrong, JSON.stringify(result.byScenario)).toBe(0);
  });
});
