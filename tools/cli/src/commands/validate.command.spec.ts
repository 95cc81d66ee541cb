import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Runs the real `parley` binary, as a user would. */
function parley(...args: string[]) {
  const bin = join(__dirname, '..', '..', 'bin', 'parley.mjs');
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: join(__dirname, '..', '..', 'fixtures'),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('parley validate', () => {
  it('exits 0 and says so for a valid bot', () => {
    const run = parley('validate', 'valid-bot.json');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('valid-bot.json: no problems');
    expect(run.code).toBe(0);
  });

  it('exits 1 and names the edge and the missing node for an edge to a missing node', () => {
    const run = parley('validate', 'dangling-edge-bot.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('edge-target-missing');
    expect(run.stdout).toContain('edge "e4"');
    expect(run.stdout).toContain('"n99"');
  });

  it('reports malformed JSON with its line and column', () => {
    const run = parley('validate', 'malformed.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/malformed\.json:5:1: malformed JSON: /);
  });

  it('reports a missing file clearly', () => {
    const run = parley('validate', 'no-such-bot.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no-such-bot.json: cannot read the file (no such file)');
  });

  it('validates several files and fails if any fails', () => {
    const run = parley('validate', 'valid-bot.json', 'dangling-edge-bot.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('valid-bot.json: no problems');
    expect(run.stdout).toContain('dangling-edge-bot.json: 1 error');
  });

  it('exits 2 with usage for a missing argument or unknown option', () => {
    expect(parley('validate').code).toBe(2);
    const run = parley('validate', '--frobnicate', 'valid-bot.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown option --frobnicate');
  });
});
