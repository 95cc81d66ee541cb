import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runParley } from '../testing/run-parley';

const examples = ['order-status', 'returns'];

describe('parley test', () => {
  it.each(examples)('passes on the %s example and ends with the summary line', (name) => {
    const run = runParley([
      'test',
      `examples/bots/${name}.json`,
      `examples/bots/${name}.tests.yaml`,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('✗');
    expect(run.stdout).toMatch(/outcome coverage: (\d+) of \1 outcomes taken/);
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^\d{2,} passed, 0 failed$/);
  });

  it("tests the draft inside an export file (what the studio's Export downloads)", () => {
    const draft: unknown = JSON.parse(
      readFileSync(join(repoRoot, 'examples/bots/order-status.json'), 'utf8'),
    );
    const exported = {
      format: 'parley.bot-export',
      formatVersion: 1,
      bot: { name: 'Order status', draft },
      versions: [],
      environments: [],
    };
    const dir = mkdtempSync(join(tmpdir(), 'parley-export-'));
    const file = join(dir, 'order-status.parley.json');
    writeFileSync(file, JSON.stringify(exported, null, 2));
    const tests = join(repoRoot, 'examples/bots/order-status.tests.yaml');
    const passing = runParley(['test', file, tests]);
    expect(passing.stderr).toBe('');
    expect(passing.code).toBe(0);
    expect(passing.stdout.trimEnd().split('\n').pop()).toMatch(/^\d{2,} passed, 0 failed$/);

    // A problem in the draft is refused and named at its line in the export file.
    const broken = JSON.stringify(exported, null, 2).replace('"type": "start"', '"type": "nope"');
    writeFileSync(file, broken);
    const refused = runParley(['test', file, tests]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the bot has errors');
    expect(refused.stdout).toContain('nope');
  });

  it('fails a broken copy of an example with exit 1, a readable diff and the node where it diverged', () => {
    const doc: unknown = JSON.parse(
      readFileSync(join(repoRoot, 'examples/bots/order-status.json'), 'utf8'),
    );
    const text = JSON.stringify(doc)
      // One message text changed…
      .replace('has shipped and should arrive', 'was shipped and should arrive')
      // …and one edge moved: processing orders now go to the "delivered" message.
      .replace(
        '"source":"route-status","sourceHandle":"processing","target":"say-processing"',
        '"source":"route-status","sourceHandle":"processing","target":"say-delivered"',
      );
    expect(text).toContain('"sourceHandle":"processing","target":"say-delivered"');
    const dir = mkdtempSync(join(tmpdir(), 'parley-broken-'));
    writeFileSync(join(dir, 'order-status.json'), text);
    const tests = join(repoRoot, 'examples/bots/order-status.tests.yaml');
    const run = runParley(['test', join(dir, 'order-status.json'), tests]);
    expect(run.code).toBe(1);
    const out = run.stdout;
    // The changed text: the turn, what the user said, expected vs said, the diff, the node.
    expect(out).toContain(`  ✗ greets by name and finds a shipped order
      turn 2: the user said "AB123456"
      message 1: the text differs
        expected  "Good news: order AB123456 has shipped and should arrive by 2026-01-18."
        said      "Good news: order AB123456 was shipped and should arrive by 2026-01-18."
        diff      Good news: order AB123456 [-has-]{+was+} shipped and should arrive by 2026-01-18.
      diverged at node "say-shipped" (message) in flow "main"`);
    // The moved edge: the message of the wrong node, and the path that led there.
    expect(out).toContain(`  ✗ accepts a lower-case number, then checks a second order
      turn 1: the user said "ab123457"
      message 1: the text differs`);
    expect(out).toContain('said      "Order AB123457 was delivered on ."');
    expect(out).toContain('diverged at node "say-delivered" (message) in flow "main"');
    expect(out).toContain(
      'route-status (processing) → say-delivered (next) → anything-else (wait)',
    );
    // Unaffected tests still pass, and the summary counts both.
    expect(out).toContain(
      '✓ offers an agent when the order system is down, and the customer declines',
    );
    expect(out.trimEnd().split('\n').pop()).toMatch(/^\d+ passed, 3 failed$/);
  });

  it('reports a malformed tests file with file, line, test and path, and runs nothing', () => {
    const run = runParley([
      'test',
      'examples/bots/order-status.json',
      'tools/cli/fixtures/malformed.tests.yaml',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'malformed.tests.yaml:6:9: test "typo in a field" › turns[0].expcet: unknown field "expcet"',
    );
    expect(run.stderr).toMatch(
      /malformed\.tests\.yaml:12:11: test "wrong types" › turns\[0\]\.expect\.ended: /,
    );
    expect(run.stderr).toContain('No test ran');
    expect(run.stdout).not.toMatch(/passed/);
  });

  it('checks names against the bot once the file parses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-tests-'));
    const file = join(dir, 'names.tests.json');
    writeFileSync(
      file,
      JSON.stringify(
        {
          tests: [{ name: 'n', locale: 'fr', turns: [{ say: 'x', expect: { node: 'nowhere' } }] }],
        },
        null,
        2,
      ),
    );
    const run = runParley(['test', 'examples/bots/order-status.json', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /names\.tests\.json:5:7: test "n" › locale: the bot speaks en, zh-CN, not "fr"/,
    );
    expect(run.stderr).toMatch(
      /names\.tests\.json:\d+:\d+: test "n" › turns\[0\]\.expect\.node: the bot has no node "nowhere"/,
    );
  });

  it("runs the tests stored in the bot document's tests section when no file is given", () => {
    const run = runParley(['test', 'tools/cli/fixtures/bot-with-tests.json']);
    expect(run.stdout).toContain('bot-with-tests.json (tests section)');
    expect(run.stdout).toContain('✓ greets in Chinese');
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('2 passed, 0 failed');
    expect(run.code).toBe(0);
    const bare = runParley(['test', 'tools/cli/fixtures/valid-bot.json']);
    expect(bare.code).toBe(1);
    expect(bare.stderr).toContain(
      'no tests: give a tests file, or add a "tests" section to the bot',
    );
  });

  it('refuses a bot with errors, and bad usage exits 2', () => {
    const run = runParley([
      'test',
      'tools/cli/fixtures/dangling-edge-bot.json',
      'examples/bots/order-status.tests.yaml',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('edge-target-missing');
    expect(run.stderr).toContain('the bot has errors; fix them before running its tests');
    expect(runParley(['test']).code).toBe(2);
    expect(runParley(['test', '--watch', 'x.json']).code).toBe(2);
  });
});
