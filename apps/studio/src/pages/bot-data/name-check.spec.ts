import { describe, expect, it } from 'vitest';
import { nameProblem, reservedIntentNames } from './name-check';

describe('name check', () => {
  it('accepts identifiers and refuses what expressions could not read', () => {
    expect(nameProblem('track_order', [])).toBeNull();
    expect(nameProblem('', [])).toBe('required');
    expect(nameProblem('track order', [])).toBe('format');
    expect(nameProblem('2fa', [])).toBe('format');
    expect(nameProblem('查询订单', [])).toBe('format');
    expect(nameProblem('a'.repeat(65), [])).toBe('format');
  });

  it('refuses a name taken by another item, but not the item keeping its own', () => {
    expect(nameProblem('orderId', ['orderId'])).toBe('taken');
    expect(nameProblem('orderId', ['orderId'], { current: 'orderId' })).toBeNull();
    expect(nameProblem('orderid', ['orderId'])).toBeNull();
  });

  it('refuses reserved words', () => {
    expect(nameProblem('fallback', [], { reserved: reservedIntentNames })).toBe('reserved');
  });
});
