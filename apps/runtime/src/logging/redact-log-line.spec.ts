import { redactLogLine } from './redact-log-line';

describe('redactLogLine', () => {
  it('redacts personal data in every field, nested ones included', () => {
    const line = JSON.stringify({
      level: 30,
      time: 1_764_000_000_000,
      pid: 4242,
      msg: 'order for li.lei@example.cn',
      req: { url: '/pay?card=4111111111111111', headers: { 'x-phone': '+44 20 7946 0958' } },
    });
    expect(JSON.parse(redactLogLine(line))).toEqual({
      level: 30,
      time: 1_764_000_000_000,
      pid: 4242,
      msg: 'order for [REDACTED:email]',
      req: { url: '/pay?card=[REDACTED:card]', headers: { 'x-phone': '[REDACTED:phone]' } },
    });
  });

  it('ends each line with one newline and leaves clean lines as they were', () => {
    const line = '{"level":30,"time":1,"msg":"hello"}\n';
    expect(redactLogLine(line)).toBe(line);
  });

  it('redacts a line that is not JSON as plain text', () => {
    expect(redactLogLine('card 4111 1111 1111 1111')).toBe('card [REDACTED:card]');
  });
});

describe('redactLogLine with URL-encoded text', () => {
  it.each([
    ['/pay?note=4111%201111%201111%201111', '/pay?note=[REDACTED:card]'],
    ['/pay?note=4111+1111+1111+1111', '/pay?note=[REDACTED:card]'],
    ['/users?email=li.lei%40example.cn', '/users?email=[REDACTED:email]'],
  ])('finds personal data in %s', (url, expected) => {
    const line = JSON.stringify({ level: 30, req: { url } });
    expect(JSON.parse(redactLogLine(line))).toEqual({ level: 30, req: { url: expected } });
  });

  it('keeps encoded text that holds no personal data as it was', () => {
    const line = JSON.stringify({ level: 30, req: { url: '/search?q=red%20shoes&size=42' } });
    expect(redactLogLine(line)).toBe(`${line}\n`);
  });

  it('keeps malformed encodings as they were', () => {
    const line = JSON.stringify({ level: 30, msg: 'broken %E0%A4%A escape' });
    expect(redactLogLine(line)).toBe(`${line}\n`);
  });
});
