import { parsePhoneAnswer } from './phone-answer.parser';

describe('parsePhoneAnswer', () => {
  it.each([
    ['+44 20 7946 0958', '+442079460958'],
    ['+1 (415) 555-2671', '+14155552671'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+86 138 0013 8000', '+8613800138000'],
    ['13800138000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['8613912345678', '13912345678'],
    ['１３８００１３８０００', '13800138000'],
  ])('reads %j as %j', (text, expected) => {
    expect(parsePhoneAnswer(text)).toBe(expected);
  });

  it.each([
    '',
    'call me',
    '12345678901',
    '1380013800',
    '138001380001',
    '+12',
    '020 7946 0958',
    '+44 20 7946 0958 ext 2',
  ])('refuses %j', (text) => {
    expect(parsePhoneAnswer(text)).toBeUndefined();
  });
});
