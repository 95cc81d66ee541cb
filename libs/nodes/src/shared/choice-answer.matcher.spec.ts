import { matchChoice, type ResolvedChoice } from './choice-answer.matcher';

const choices: ResolvedChoice[] = [
  { id: 'refund', value: 'refund', label: 'Refund', aliases: ['Refund', '退款', 'money back'] },
  { id: 'exchange', value: 'swap', label: 'Exchange', aliases: ['Exchange', '换货'] },
  { id: 'n3', value: '3', label: 'Three', aliases: [] },
];

describe('matchChoice', () => {
  it('matches a pressed button by payload (value, then id)', () => {
    expect(matchChoice({ payload: 'swap' }, choices)?.id).toBe('exchange');
    expect(matchChoice({ payload: 'exchange', text: 'whatever' }, choices)?.id).toBe('exchange');
  });

  it.each([
    ['refund', 'refund'],
    ['REFUND!', 'refund'],
    ['  Exchange. ', 'exchange'],
    ['退款', 'refund'],
    ['换货。', 'exchange'],
    ['Money Back', 'refund'],
    ['swap', 'exchange'],
    ['ＲＥＦＵＮＤ', 'refund'],
  ])('matches typed %j by value, label in any locale or synonym', (text, id) => {
    expect(matchChoice({ text }, choices)?.id).toBe(id);
  });

  it('takes a number as the position in the list, unless a value says otherwise', () => {
    expect(matchChoice({ text: '2' }, choices)?.id).toBe('exchange');
    expect(matchChoice({ text: '3' }, choices)?.id).toBe('n3');
    expect(matchChoice({ text: '4' }, choices)).toBeUndefined();
  });

  it('finds nothing for other answers', () => {
    expect(matchChoice({ text: 'ref' }, choices)).toBeUndefined();
    expect(matchChoice({ text: '' }, choices)).toBeUndefined();
    expect(matchChoice({}, choices)).toBeUndefined();
    expect(matchChoice({ text: 'refund' }, [])).toBeUndefined();
  });
});
