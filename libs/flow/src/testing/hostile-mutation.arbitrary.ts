import fc from 'fast-check';
import { isRecord } from '../is-record';
import { prototypeNames } from './valid-bot.arbitrary';

const prototypeKeys = ['__proto__', 'constructor', 'prototype'] as const;
const idFields = [
  'id',
  'type',
  'source',
  'target',
  'sourceHandle',
  'name',
  'flowId',
  'variable',
  'defaultLocale',
];

/** Nested arrays and objects `depth` levels deep, built without recursion. */
export function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { deeper: value };
  return value;
}

/** Strings that are long, or long and made to hurt parsers. */
const hugeStrings = [
  'x'.repeat(100_000),
  '{{'.repeat(30_000),
  `{{ ${'('.repeat(20_000)} }}`,
  `${'vars.'.repeat(10_000)}a`,
  '{{ vars.a }}'.repeat(5_000),
];

/** Values a careless or hostile client might put anywhere in a document. */
export const hostileValueArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom<unknown>(null, true, 0, -1, 1e308, '', ...prototypeNames),
  fc.constantFrom(...hugeStrings),
  fc.integer({ min: 50, max: 5_000 }).map(nested),
  fc
    .constantFrom(...prototypeKeys)
    .map((key): unknown => JSON.parse(`{"${key}": {"polluted": true}, "a": 1}`)),
);

/** One edit of a document: what to do, and at which container (an index into all of them). */
export interface HostileMutation {
  op: 'delete' | 'replace' | 'prototype-key' | 'prototype-id' | 'dangling-edge' | 'duplicate';
  at: number;
  pick: number;
  value: unknown;
  key: (typeof prototypeKeys)[number];
}

export const hostileMutationArbitrary: fc.Arbitrary<HostileMutation> = fc.record({
  op: fc.constantFrom(
    'delete',
    'replace',
    'prototype-key',
    'prototype-id',
    'dangling-edge',
    'duplicate',
  ),
  at: fc.nat(),
  pick: fc.nat(),
  value: hostileValueArbitrary,
  key: fc.constantFrom(...prototypeKeys),
});

/** Applies `mutation` to `doc` in place (pass a copy). Keys are defined, never assigned. */
export function applyMutation(doc: unknown, mutation: HostileMutation): void {
  const containers = containersOf(doc);
  const target = containers[mutation.at % Math.max(containers.length, 1)];
  if (target === undefined) return;
  const keys = Array.isArray(target) ? target.map((_, i) => i) : Object.keys(target);
  const key = keys[mutation.pick % Math.max(keys.length, 1)];
  const ops: Record<HostileMutation['op'], () => void> = {
    delete: () => {
      if (Array.isArray(target)) target.splice(mutation.pick % Math.max(target.length, 1), 1);
      else if (typeof key === 'string') Reflect.deleteProperty(target, key);
    },
    replace: () => {
      if (key !== undefined) define(target, key, mutation.value);
    },
    'prototype-key': () =>
      define(target, Array.isArray(target) ? target.length : mutation.key, mutation.value),
    'prototype-id': () => {
      const field =
        idFields.find((name) => !Array.isArray(target) && Object.hasOwn(target, name)) ?? 'id';
      define(target, field, prototypeNames[mutation.pick % prototypeNames.length]);
    },
    'dangling-edge': () => {
      const flows = isRecord(doc) && Array.isArray(doc.flows) ? doc.flows : [];
      const flow: unknown = flows[mutation.pick % Math.max(flows.length, 1)];
      if (isRecord(flow) && Array.isArray(flow.edges)) {
        flow.edges.push({
          id: `ghost${mutation.at}`,
          source: 'ghost',
          sourceHandle: mutation.key,
          target: 'constructor',
        });
      }
    },
    // The same object twice (no copy): documents may share references, and copying deep values could overflow.
    duplicate: () => {
      if (Array.isArray(target) && target.length > 0)
        target.push(target[mutation.pick % target.length]);
    },
  };
  ops[mutation.op]();
}

function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Every object and array in the document, iteratively. */
function containersOf(doc: unknown): (Record<string, unknown> | unknown[])[] {
  const found: (Record<string, unknown> | unknown[])[] = [];
  const pending: unknown[] = [doc];
  while (pending.length > 0 && found.length < 5_000) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      const items: unknown[] = value;
      found.push(items);
      for (const item of items) pending.push(item);
    } else if (isRecord(value)) {
      found.push(value);
      for (const item of Object.values(value)) pending.push(item);
    }
  }
  return found;
}
