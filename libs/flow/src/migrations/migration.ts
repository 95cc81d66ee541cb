/** A bot document before it is parsed: whatever JSON object was stored or imported. */
export type RawDocument = Record<string, unknown>;

/**
 * One step of the document's history: turns a version `from` document into version
 * `to` (always `from + 1`). Steps see raw JSON, so they must tolerate anything (a
 * missing or mistyped section is left for the schema to report) and must not mutate
 * their argument: they return a new object.
 */
export interface Migration {
  readonly from: number;
  readonly to: number;
  /** What changed, in a sentence, for release notes and for the CLI. */
  readonly description: string;
  migrate(doc: RawDocument): RawDocument;
}
