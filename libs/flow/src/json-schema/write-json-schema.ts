/**
 * Writes libs/flow/bot-document.schema.json from `botDocumentSchema`
 * (`npm run schema -w libs/flow`). A spec fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BOT_DOCUMENT_JSON_SCHEMA_FILE,
  renderBotDocumentJsonSchema,
} from './bot-document.json-schema';

const target = join(import.meta.dirname, '..', '..', BOT_DOCUMENT_JSON_SCHEMA_FILE);
writeFileSync(target, renderBotDocumentJsonSchema());
console.log(`wrote ${target}`);
