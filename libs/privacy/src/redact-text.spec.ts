import { redactText, redactionToken } from './redact-text';

describe('redactText', () => {
  it('replaces each match by a token naming its kind', () => {
    expect(redactText('我的手机号是13812345678')).toBe('我的手机号是[REDACTED:phone]');
    expect(redactText('卡号 4111 1111 1111 1111，谢谢')).toBe('卡号 [REDACTED:card]，谢谢');
    expect(redactText('mail jane@example.com or call +44 20 7946 0958')).toBe(
      'mail [REDACTED:email] or call [REDACTED:phone]',
    );
    expect(redactText('IBAN GB82WEST12345698765432 / ID 11010519491231002X')).toBe(
      'IBAN [REDACTED:iban] / ID [REDACTED:cn-resident-id]',
    );
  });

  it('keeps no digit of a card', () => {
    expect(redactText('4111111111111111')).not.toMatch(/\d/);
    expect(redactionToken('card')).toBe('[REDACTED:card]');
  });

  it('returns the same string when there is nothing to redact', () => {
    const text = 'Hello, 订单 AB123456 已发货';
    expect(redactText(text)).toBe(text);
  });

  it('redacts only the kinds asked for', () => {
    expect(redactText('jane@example.com 13812345678', { kinds: ['phone'] })).toBe(
      'jane@example.com [REDACTED:phone]',
    );
  });

  it('uses a custom mask', () => {
    const masked = redactText('card 4111 1111 1111 1111, phone 13812345678', {
      mask: (match) => `<${match.kind}:${match.value.length}>`,
    });
    expect(masked).toBe('card <card:19>, phone <phone:11>');
  });

  it('is idempotent', () => {
    const once = redactText('a@b.co +86 138 1234 5678 4111111111111111 gb82west12345698765432');
    expect(redactText(once)).toBe(once);
  });
});
