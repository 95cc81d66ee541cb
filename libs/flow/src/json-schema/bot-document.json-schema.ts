import { z } from 'zod';
import { botDocumentSchema } from '../document/bot-document.schema';

/** Where `npm run schema -w libs/flow` writes the schema, relative to libs/flow. */
export const BOT_DOCUMENT_JSON_SCHEMA_FILE = 'bot-document.schema.json';

/**
 * JSON Schema (draft 2020-12) of a current-version bot document, for editors
 * (`"$schema"` in hand-written bot files) and other languages. It describes the
 * input side: fields with defaults may be left out. Node `data` is open here; each
 * kind's settings are checked by `validateBot`.
 */
export function botDocumentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(botDocumentSchema, { io: 'input', target: 'draft-2020-12' });
  return { ...schema, title: 'Parley bot document' };
}

/** The file's exact text: two-space JSON with a final newline. */
export function renderBotDocumentJsonSchema(): string {
  return `${JSON.stringify(botDocumentJsonSchema(), null, 2)}\n`;
}
