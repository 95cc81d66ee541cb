/**
 * Writes docs/conversation-tests.schema.json from the zod schema
 * (`npm run schema -w tools/cli`). A spec fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONVERSATION_TESTS_JSON_SCHEMA_FILE,
  renderConversationTestsJsonSchema,
} from './conversation-tests.json-schema';

const target = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  CONVERSATION_TESTS_JSON_SCHEMA_FILE,
);
writeFileSync(target, renderConversationTestsJsonSchema());
console.log(`wrote ${target}`);
