import {
  CIRCULAR_PLACEHOLDER,
  MAX_REDACT_DEPTH,
  TRUNCATED_PLACEHOLDER,
  redactValue,
} from './redact-value';

describe('redactValue', () => {
  it('redacts strings at any depth and returns a new value', () => {
    const body = {
      user: { email: 'jane@example.com', tags: ['vip', '手机 13812345678'] },
      count: 3,
      ok: true,
      none: null,
    };
    const snapshot = structuredClone(body);
    expect(redactValue(body)).toEqual({
      user: { email: '[REDACTED:email]', tags: ['vip', '手机 [REDACTED:phone]'] },
      count: 3,
      ok: true,
      none: null,
    });
    expect(body).toEqual(snapshot);
  });

  it('redacts numbers and bigints that are personal data, keeps other numbers', () => {
    expect(
      redactValue({ phone: 13812345678, card: 4111111111111111n, price: 12.5, n: 1e21 }),
    ).toEqual({
      phone: '[REDACTED:phone]',
      card: '[REDACTED:card]',
      price: 12.5,
      n: 1e21,
    });
  });

  it('redacts object keys', () => {
    expect(redactValue({ 'jane@example.com': 'subscribed' })).toEqual({
      '[REDACTED:email]': 'subscribed',
    });
  });

  it('copies __proto__, constructor and prototype keys as data without touching prototypes', () => {
    const hostile: unknown = JSON.parse(
      '{"__proto__": {"polluted": "13812345678"}, "constructor": {"prototype": {"x": 1}}}',
    );
    const result = redactValue(hostile);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(Object(result))).toEqual(['__proto__', 'constructor']);
    expect(JSON.stringify(result)).toBe(
      '{"__proto__":{"polluted":"[REDACTED:phone]"},"constructor":{"prototype":{"x":1}}}',
    );
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });

  it('replaces cycles and keeps shared references that are not cycles', () => {
    const shared = { email: 'a@b.co' };
    const list: unknown[] = [];
    const node: Record<string, unknown> = { left: shared, right: shared, list };
    node.self = node;
    list.push(node);
    expect(redactValue(node)).toEqual({
      left: { email: '[REDACTED:email]' },
      right: { email: '[REDACTED:email]' },
      list: [CIRCULAR_PLACEHOLDER],
      self: CIRCULAR_PLACEHOLDER,
    });
  });

  it('stops descending below MAX_REDACT_DEPTH', () => {
    let deep: unknown = 'a@b.co';
    for (let i = 0; i < MAX_REDACT_DEPTH + 10; i += 1) deep = [deep];
    let level = redactValue(deep);
    let depth = 0;
    while (Array.isArray(level)) {
      level = level[0];
      depth += 1;
    }
    expect(depth).toBe(MAX_REDACT_DEPTH);
    expect(level).toBe(TRUNCATED_PLACEHOLDER);
  });

  it('serialises dates and other toJSON objects as JSON.stringify would', () => {
    const when = new Date('2024-01-15T10:00:00Z');
    const custom = { toJSON: () => ({ contact: '13812345678' }) };
    expect(redactValue({ when, custom })).toEqual({
      when: '2024-01-15T10:00:00.000Z',
      custom: { contact: '[REDACTED:phone]' },
    });
  });

  it('passes primitives through and redacts a bare string', () => {
    expect(redactValue(undefined)).toBeUndefined();
    expect(redactValue(42)).toBe(42);
    expect(redactValue('13812345678')).toBe('[REDACTED:phone]');
  });
});
