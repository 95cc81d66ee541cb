import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaErrors } from '../testing/json-schema-errors';
import { orderStatusV1 } from '../testing/order-status-v1.fixture';
import { sampleBot } from '../testing/sample-bot';
import {
  BOT_DOCUMENT_JSON_SCHEMA_FILE,
  botDocumentJsonSchema,
  renderBotDocumentJsonSchema,
} from './bot-document.json-schema';

const committedPath = join(__dirname, '..', '..', BOT_DOCUMENT_JSON_SCHEMA_FILE);

describe('bot document JSON Schema', () => {
  it('is committed and up to date (run `npm run schema -w libs/flow` after changing the schemas)', () => {
    const committed: unknown = JSON.parse(readFileSync(committedPath, 'utf8'));
    expect(committed).toEqual(JSON.parse(renderBotDocumentJsonSchema()));
  });

  it('describes the input side: defaulted fields are optional', () => {
    const schema = botDocumentJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      title: 'Parley bot document',
      required: expect.arrayContaining([
        'schemaVersion',
        'id',
        'name',
        'defaultLocale',
        'locales',
        'flows',
      ]),
    });
    expect(schema.required).not.toContain('settings');
    expect(schema.required).not.toContain('variables');
  });

  it('accepts a valid document', () => {
    expect(
      jsonSchemaErrors(botDocumentJsonSchema(), JSON.parse(JSON.stringify(sampleBot()))),
    ).toEqual([]);
  });

  it('rejects documents the zod schema rejects, saying where', () => {
    const bot = sampleBot();
    Object.assign(bot, { schemaVersion: 1, locales: [] });
    Object.assign(bot.flows[0]?.edges[0] ?? {}, { target: 'not an id!' });
    const errors = jsonSchemaErrors(botDocumentJsonSchema(), JSON.parse(JSON.stringify(bot)));
    expect(errors).toEqual(
      expect.arrayContaining([
        '$.schemaVersion: expected 2',
        '$.locales: too few items',
        '$.flows[0].edges[0].target: does not match pattern',
      ]),
    );
    expect(jsonSchemaErrors(botDocumentJsonSchema(), orderStatusV1)).toContain(
      '$.flows[0].edges[0].sourceHandle: required',
    );
  });
});
