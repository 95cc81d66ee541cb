import type { Json } from '../json';
import { readOnlyCopy } from '../expressions/read-only-view';
import type { VarChange } from '../trace';
import { jsonCopy } from './json-copy';
import { isSecretKey, MASK, maskSecrets } from '../ports/secret-mask';

/**
 * Variables (or contact attributes) during a turn. Values are stored as read-only copies,
 * so the view handed to executors and expressions can never be written through; each
 * change is logged as before → after when tracing (secret-looking values masked).
 */
export class VarStore {
  private readonly values: Map<string, Json>;
  private cachedView: Readonly<Record<string, Json>> | undefined;

  constructor(
    initial: Readonly<Record<string, Json>>,
    /** Prefix of names in the change log (`contact.` for contact attributes). */
    private readonly prefix: string,
    /** Where changes are logged, or `undefined` when tracing is off. */
    private readonly log: VarChange[] | undefined,
    /** Told after every change (to drop cached expression scopes). */
    private readonly onChange: () => void,
  ) {
    this.values = new Map();
    for (const [name, value] of Object.entries(initial)) {
      this.values.set(name, readOnlyCopy(value));
    }
  }

  /** A frozen, null-prototype record of every value; rebuilt only after a change. */
  get view(): Readonly<Record<string, Json>> {
    if (this.cachedView === undefined) {
      // Values are stored read-only already, so the view only needs a fresh frozen shell.
      const view: Record<string, Json> = Object.create(null) as Record<string, Json>;
      this.values.forEach((value, name) => {
        view[name] = value;
      });
      this.cachedView = Object.freeze(view);
    }
    return this.cachedView;
  }

  get(name: string): Json | undefined {
    return this.values.get(name);
  }

  set(name: string, value: Json | undefined): void {
    const after = readOnlyCopy(value ?? null);
    const before = this.values.get(name);
    this.values.set(name, after);
    this.cachedView = undefined;
    this.onChange();
    if (this.log) {
      const change: VarChange = { name: this.prefix + name, after: traced(name, after) };
      if (before !== undefined) change.before = traced(name, before);
      this.log.push(change);
    }
  }

  /** Plain, mutable JSON for the returned session state. */
  toJson(): Record<string, Json> {
    const record: Record<string, Json> = {};
    for (const [name, value] of this.values) {
      Object.defineProperty(record, name, {
        value: jsonCopy(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return record;
  }
}

/** What the trace shows of a value: secret-looking variables and fields masked. */
function traced(name: string, value: Json): Json {
  if (isSecretKey(name)) return MASK;
  return value === null || typeof value !== 'object' ? value : maskSecrets(value);
}
