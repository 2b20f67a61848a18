import { describe, expect, it } from '@jest/globals';
import { fromZonedInput, toZonedInput } from './zonedTime';

describe('Warsaw wall-clock times', () => {
  it('reads a datetime-local value as Warsaw time in winter and summer', () => {
    expect(fromZonedInput('2026-01-15T17:00')?.toISOString()).toBe('2026-01-15T16:00:00.000Z');
    expect(fromZonedInput('2026-07-15T17:00')?.toISOString()).toBe('2026-07-15T15:00:00.000Z');
  });

  it('writes an instant back as the same wall-clock time', () => {
    expect(toZonedInput('2026-07-15T15:00:00.000Z')).toBe('2026-07-15T17:00');
    expect(toZonedInput('2026-01-15T16:00:00.000Z')).toBe('2026-01-15T17:00');
  });

  it('survives the days the clocks change', () => {
    // 29 March 2026: 02:00 becomes 03:00; 25 October 2026: 03:00 becomes 02:00.
    expect(fromZonedInput('2026-03-29T12:00')?.toISOString()).toBe('2026-03-29T10:00:00.000Z');
    expect(fromZonedInput('2026-10-25T12:00')?.toISOString()).toBe('2026-10-25T11:00:00.000Z');
    expect(toZonedInput(fromZonedInput('2026-03-29T01:30')!.toISOString())).toBe('2026-03-29T01:30');
  });

  it('refuses what is not a datetime-local value', () => {
    expect(fromZonedInput('')).toBeNull();
    expect(fromZonedInput('2026-07-15 17:00')).toBeNull();
    expect(fromZonedInput('jutro o piątej')).toBeNull();
  });
});
