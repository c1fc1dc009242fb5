import { describe, expect, it } from 'vitest';
import { byDate, formatDate, hasPassed, today } from '../../src/core/dates';

describe('dates on cards', () => {
  it('treats a date as passed only once all of it is over', () => {
    expect(hasPassed('2026-11-10', '2026-11-10')).toBe(false);
    expect(hasPassed('2026-11-10', '2026-11-11')).toBe(true);
    expect(hasPassed('2026-11', '2026-11-30')).toBe(false);
    expect(hasPassed('2026-11', '2026-12-01')).toBe(true);
    expect(hasPassed('2026', '2026-12-31')).toBe(false);
  });

  it('orders facts oldest first, keeping the order of same-day facts', () => {
    const facts = [
      { date: '2025-08', text: 'b' },
      { date: '2024', text: 'a' },
      { date: '2025-08', text: 'c' },
      { date: '2026-02-01', text: 'd' },
    ];
    expect(byDate(facts).map((f) => f.text)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('reads today in UTC', () => {
    expect(today(new Date('2026-11-30T23:30:00Z'))).toBe('2026-11-30');
    expect(formatDate('2026')).toBe('2026');
  });
});
