import { parseBotDocument } from '../../parse/parse-bot-document';
import { sampleBot } from '../../testing/sample-bot';
import { validateSample, withCode } from '../../testing/validate-sample';

describe('stored conversation tests', () => {
  it('are optional: a document without them parses with an empty list', () => {
    const parsed = parseBotDocument(sampleBot());
    expect(parsed.ok && parsed.doc.tests).toEqual([]);
  });

  it('keep their shape, ports included, and refuse unknown fields and a second input in a turn', () => {
    const bot = {
      ...sampleBot(),
      tests: [
        {
          name: 'looks up',
          turns: [{ say: 'AB123456', ports: { lookup: { http: { status: 200, body: {} } } } }],
        },
      ],
    };
    const parsed = parseBotDocument(bot);
    expect(parsed.ok && parsed.doc.tests).toEqual(bot.tests);
    const typo = parseBotDocument({
      ...sampleBot(),
      tests: [{ name: 't', turns: [{ say: 'x', press: 'y', expcet: {} }] }],
    });
    expect(typo.ok).toBe(false);
    if (!typo.ok)
      expect(typo.problems.map((p) => p.path)).toEqual(
        expect.arrayContaining([['tests', 0, 'turns', 0]]),
      );
  });

  it('are checked against the bot: unknown nodes, variables and locales are warnings at the test', () => {
    const problems = validateSample((bot) => {
      bot.tests = [
        { name: 'fine', turns: [{ say: 'hi', expect: { node: 'start' } }] },
        {
          name: 'stale',
          locale: 'fr',
          vars: { nope: 1 },
          turns: [{ say: 'hi', expect: { node: 'gone', vars: { order_id: 'x' } } }],
        },
      ];
    });
    expect(withCode(problems, 'unknown-node')).toEqual([
      {
        code: 'unknown-node',
        severity: 'warning',
        path: ['tests', 1, 'turns', 0, 'expect', 'node'],
        message: 'Test "stale": the bot has no node "gone".',
      },
    ]);
    expect(withCode(problems, 'undeclared-variable').map((p) => p.path)).toContainEqual([
      'tests',
      1,
      'vars',
      'nope',
    ]);
    expect(withCode(problems, 'unknown-locale').filter((p) => p.path[0] === 'tests')).toMatchObject(
      [{ severity: 'warning', path: ['tests', 1, 'locale'] }],
    );
  });

  it('must have unique names (they are run and reported by name)', () => {
    const problems = validateSample((bot) => {
      const test = { name: 'twice', turns: [{ say: 'hi' }] };
      bot.tests = [test, test];
    });
    expect(withCode(problems, 'duplicate-name')).toMatchObject([
      { severity: 'error', path: ['tests', 1, 'name'] },
    ]);
  });
});
