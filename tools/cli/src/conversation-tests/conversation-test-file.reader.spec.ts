import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBotDocument, type BotDocument } from '@parley/flow';
import { createSourceLocator } from '../io/source-locator';
import { readConversationTestFile, readEmbeddedTests } from './conversation-test-file.reader';

const raw = {
  schemaVersion: 2,
  id: 'tiny',
  name: 'Tiny',
  defaultLocale: 'en',
  locales: ['en'],
  variables: [{ name: 'name', type: 'string' }],
  flows: [
    {
      id: 'main',
      name: 'Main',
      nodes: [
        { id: 'start', type: 'start', position: { x: 0, y: 0 }, data: {} },
        { id: 'bye', type: 'end', position: { x: 0, y: 100 }, data: {} },
      ],
      edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'bye' }],
    },
  ],
};
const parsed = parseBotDocument(raw);
if (!parsed.ok) throw new Error('fixture does not parse');
const doc: BotDocument = parsed.doc;
const dir = mkdtempSync(join(tmpdir(), 'parley-reader-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readConversationTestFile', () => {
  it('reads YAML and JSON files into tests', async () => {
    const yaml = await readConversationTestFile(
      file('a.yaml', 'tests:\n  - name: a\n    turns:\n      - expect: { ended: true }\n'),
      doc,
    );
    const json = await readConversationTestFile(
      file('a.json', JSON.stringify({ tests: [{ name: 'a', turns: [{ say: 'hi' }] }] })),
      doc,
    );
    expect(yaml).toEqual({
      ok: true,
      tests: [{ name: 'a', turns: [{ expect: { ended: true } }] }],
    });
    expect(json.ok).toBe(true);
  });

  it('locates schema errors in JSON files at the line of the field', async () => {
    const text =
      '{\n  "tests": [\n    {\n      "name": "a",\n      "turns": [{ "say": 1 }]\n    }\n  ]\n}\n';
    const result = await readConversationTestFile(file('b.json', text), doc);
    expect(result).toEqual({
      ok: false,
      errors: [
        `${join(dir, 'b.json')}:5:19: test "a" › turns[0].say: Invalid input: expected string, received number`,
      ],
    });
  });

  it('says where YAML is malformed, and when a file is missing or empty', async () => {
    const broken = await readConversationTestFile(file('c.yaml', 'tests:\n  - name: [a\n'), doc);
    expect(broken.ok ? [] : broken.errors).toEqual([
      expect.stringMatching(/c\.yaml:\d+:\d+: malformed YAML: /),
    ]);
    const missing = await readConversationTestFile(join(dir, 'none.yaml'), doc);
    expect(missing.ok ? [] : missing.errors).toEqual([
      `${join(dir, 'none.yaml')}: cannot read the file (no such file)`,
    ]);
    const empty = await readConversationTestFile(file('d.yaml', '\n'), doc);
    expect(empty.ok ? [] : empty.errors).toEqual([`${join(dir, 'd.yaml')}: the file is empty`]);
  });

  it('refuses a later turn without input, duplicate names, and unknown variables', async () => {
    const text = [
      'tests:',
      '  - name: a',
      '    turns:',
      '      - say: hi',
      '      - expect: { ended: true }',
      '  - name: a',
      '    turns: [{ say: x }]',
      '',
    ].join('\n');
    const result = await readConversationTestFile(file('e.yaml', text), doc);
    expect(
      result.ok ? [] : result.errors.map((e) => e.replace(`${join(dir, 'e.yaml')}:`, '')),
    ).toEqual([
      '5:9: test "a" › turns[1]: only the first turn may leave out say/press/timer/handback (it checks the opening)',
      '6:5: test "a" › name: another test is already called "a"',
    ]);
    const vars = await readConversationTestFile(
      file('f.yaml', 'tests:\n  - name: v\n    vars: { nmae: Ada }\n    turns: [{ say: x }]\n'),
      doc,
    );
    expect(vars.ok ? [] : vars.errors).toEqual([
      `${join(dir, 'f.yaml')}:3:13: test "v" › vars.nmae: the bot declares no variable "nmae"`,
    ]);
  });
});

describe('readEmbeddedTests', () => {
  it('reads the tests section of a bot document, or says there is none', () => {
    const text = JSON.stringify(
      { ...raw, tests: [{ name: 't', turns: [{ expect: { ended: true } }] }] },
      null,
      2,
    );
    const locate = createSourceLocator(text, 'json');
    const withTests: unknown = JSON.parse(text);
    expect(readEmbeddedTests('bot.json', withTests, doc, locate)).toMatchObject({
      ok: true,
      tests: [{ name: 't' }],
    });
    expect(readEmbeddedTests('bot.json', raw, doc, locate)).toBeUndefined();
    const bad = { ...raw, tests: [{ name: 't', turns: [] }] };
    expect(
      readEmbeddedTests('bot.json', bad, doc, createSourceLocator(JSON.stringify(bad), 'json')),
    ).toEqual({
      ok: false,
      errors: [
        expect.stringMatching(
          /^bot\.json:1:\d+: test "t" › turns: Too small: expected array to have >=1 items$/,
        ),
      ],
    });
  });
});
