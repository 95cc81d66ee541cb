import { botDocumentSchema, type BotDocument } from '../document/bot-document.schema';
import { migrateDocument } from '../migrations/migrate-document';
import type { Problem } from '../problem';
import { scanUnsafeStructure } from './unsafe-structure.scan';
import { zodIssueToProblem } from './zod-issue-to-problem';

/** A document ready to use, or every reason it is not. */
export type ParseBotDocumentResult =
  | {
      ok: true;
      doc: BotDocument;
      /** The version it was stored in, before migrations. */ fromVersion: number;
    }
  | { ok: false; problems: Problem[] };

/**
 * Reads a stored, imported or edited bot document: rejects prototype keys and
 * absurd nesting, migrates it to the current schema version, then parses it with
 * `botDocumentSchema` (filling defaults). Never throws for any JSON input; never
 * mutates it. Graph rules (edges, outcomes, reachability...) are `validateBot`'s.
 *
 * @example
 * const result = parseBotDocument(JSON.parse(text));
 * if (!result.ok) return reply.status(400).send({ problems: result.problems });
 * run(result.doc);
 */
export function parseBotDocument(raw: unknown): ParseBotDocumentResult {
  const unsafe = scanUnsafeStructure(raw);
  if (unsafe.length > 0) return { ok: false, problems: unsafe };
  const migrated = migrateDocument(raw);
  if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
  const parsed = botDocumentSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => zodIssueToProblem(issue, migrated.doc)),
    };
  }
  return { ok: true, doc: parsed.data, fromVersion: migrated.fromVersion };
}
