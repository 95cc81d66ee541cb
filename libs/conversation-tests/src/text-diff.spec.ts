import { diffText, renderDiff } from './text-diff';

const diff = (a: string, b: string) => renderDiff(diffText(a, b));

describe('diffText', () => {
  it('marks the words that differ, removals first', () => {
    expect(diff('Your order has shipped.', 'Your order was shipped.')).toBe(
      'Your order [-has-]{+was+} shipped.',
    );
  });

  it('joins a changed phrase into one change', () => {
    expect(diff('It should ship by Monday.', 'It was delivered on Monday.')).toBe(
      'It [-should ship by-]{+was delivered on+} Monday.',
    );
  });

  it('compares Chinese character by character', () => {
    expect(diff('订单已发货。', '订单已送达。')).toBe('订单已[-发货-]{+送达+}。');
  });

  it('shows additions and removals at either end, and nothing for equal texts', () => {
    expect(diff('Hi', 'Hi there')).toBe('Hi{+ there+}');
    expect(diff('Hi there', 'there')).toBe('[-Hi -]there');
    expect(diff('same', 'same')).toBe('same');
    expect(diffText('', 'new')).toEqual([{ op: 'added', text: 'new' }]);
  });

  it('can style the changes', () => {
    const styled = renderDiff(diffText('a b', 'a c'), {
      removed: (s) => `<${s}>`,
      added: (s) => `(${s})`,
    });
    expect(styled).toBe('a <[-b-]>({+c+})');
  });
});
