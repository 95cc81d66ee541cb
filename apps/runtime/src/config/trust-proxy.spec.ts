import { loadConfig } from './load-config';
import { StartupError } from './startup-error';
import { trustProxySchema } from './trust-proxy';

describe('PARLEY_TRUST_PROXY', () => {
  it('is off when unset, empty or false', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PARLEY_TRUST_PROXY: '' }).trustProxy).toBe(false);
    expect(loadConfig({ PARLEY_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('trusts every proxy when true', () => {
    expect(loadConfig({ PARLEY_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(trustProxySchema.parse(' TRUE ')).toBe(true);
  });

  it('reads a comma-separated list of addresses, CIDR ranges and named ranges', () => {
    expect(
      trustProxySchema.parse('127.0.0.1, 10.0.0.0/8,fd00::/8 , ::1,uniquelocal,loopback'),
    ).toEqual(['127.0.0.1', '10.0.0.0/8', 'fd00::/8', '::1', 'uniquelocal', 'loopback']);
  });

  it.each(['yes', '10.0.0.300', '10.0.0.0/33', '::1/129', '10.0.0.0/8/1', '10.0.0.1,', 'proxy'])(
    'rejects %j with one line naming the variable',
    (value) => {
      let error: unknown;
      try {
        loadConfig({ PARLEY_TRUST_PROXY: value });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(StartupError);
      const problems = error instanceof StartupError ? error.problems : [];
      expect(problems).toHaveLength(1);
      expect(problems[0]?.variable).toBe('PARLEY_TRUST_PROXY');
      expect(problems[0]?.problem).toMatch(
        /^must be true, false, or a comma-separated list of IP addresses.*\(got "/,
      );
      expect(problems[0]?.problem).not.toContain('\n');
    },
  );
});
