import { z } from 'zod';
import { conversationTestFileSchema } from '@parley/conversation-tests';

/** Where `npm run schema -w tools/cli` writes the schema, relative to the repository root. */
export const CONVERSATION_TESTS_JSON_SCHEMA_FILE = 'docs/conversation-tests.schema.json';

/**
 * JSON Schema (draft 2020-12) of a conversation-tests file, for editors
 * (`# yaml-language-server: $schema=…` or `"$schema"` in JSON) and other tools. It
 * describes the input side: fields with defaults may be left out. A few rules are
 * only checked by `parley test` (patterns compile, one input per turn, unique names).
 */
export function conversationTestsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(conversationTestFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
  });
  return { ...schema, title: 'Parley conversation tests' };
}

/** The file's exact text: two-space JSON with a final newline. */
export function renderConversationTestsJsonSchema(): string {
  return `${JSON.stringify(conversationTestsJsonSchema(), null, 2)}\n`;
}
