/**
 * The architecture's dependency rules (ARCHITECTURE §1) are only real if lint
 * fails when they are broken. This project is tagged like a browser app
 * (`type:browser-app`, as the studio and widget are); its fixtures are ignored by
 * `npm run lint` and linted here on purpose, through the real ESLint CLI and the
 * repository's own config.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const eslintBin = join(root, 'node_modules', '.bin', 'eslint');

interface LintMessage {
  ruleId: string | null;
  message: string;
}

function lintFixture(name: string): LintMessage[] {
  const file = join(__dirname, '..', 'fixtures', name);
  const run = spawnSync(eslintBin, ['--no-ignore', '--format', 'json', file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (run.stdout.trim() === '') throw new Error(`eslint printed nothing: ${run.stderr}`);
  const [result] = JSON.parse(run.stdout) as { messages: LintMessage[] }[];
  if (!result) throw new Error('eslint returned no result');
  return result.messages;
}

describe('module boundaries for browser apps', () => {
  it('rejects an import of the executors entry point', () => {
    const messages = lintFixture('imports-executor.ts');
    expect(messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'no-restricted-imports',
        message: expect.stringContaining('never executors'),
      }),
    );
  });

  it('rejects an import of the engine through the Nx tag constraints', () => {
    const messages = lintFixture('imports-engine.ts');
    expect(messages.map((m) => m.ruleId)).toContain('@nx/enforce-module-boundaries');
  });

  it('accepts an import of node definitions', () => {
    expect(lintFixture('imports-definitions.ts')).toEqual([]);
  });
});
