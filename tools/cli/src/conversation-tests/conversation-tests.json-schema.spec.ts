import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../testing/run-parley';
import {
  CONVERSATION_TESTS_JSON_SCHEMA_FILE,
  conversationTestsJsonSchema,
  renderConversationTestsJsonSchema,
} from './conversation-tests.json-schema';

describe('conversation tests JSON Schema', () => {
  it('is committed and up to date (run `npm run schema -w tools/cli` after changing the schema)', () => {
    const committed = readFileSync(join(repoRoot, CONVERSATION_TESTS_JSON_SCHEMA_FILE), 'utf8');
    expect(JSON.parse(committed)).toEqual(JSON.parse(renderConversationTestsJsonSchema()));
  });

  it('describes the file: a list of named tests made of turns, closed to unknown fields', () => {
    const schema = conversationTestsJsonSchema();
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Parley conversation tests',
      type: 'object',
      required: ['tests'],
      additionalProperties: false,
    });
    const text = JSON.stringify(schema);
    for (const field of [
      'say',
      'press',
      'timer',
      'handback',
      'ports',
      'expect',
      'handedOff',
      'contains',
      'regex',
      'buttons',
    ])
      expect(text).toContain(`"${field}"`);
  });
});
