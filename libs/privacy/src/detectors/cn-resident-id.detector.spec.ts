import { found } from '../testing/found';
import { detectCnResidentIds } from './cn-resident-id.detector';

describe('Chinese resident ID detection', () => {
  it.each([
    ['身份证号：11010519491231002X', '11010519491231002X'],
    ['身份证11010519491231002x谢谢', '11010519491231002x'],
    ['ID 440305199003071236.', '440305199003071236'],
    ['born on a leap day 510107200002293211', '510107200002293211'],
    ['全角 ４４０３０５１９９００３０７１２３６', '４４０３０５１９９００３０７１２３６'],
  ])('finds the ID in %j', (text, id) => {
    expect(found(text)).toEqual([['cn-resident-id', id]]);
  });

  it.each([
    ['a wrong check character', '11010519491231002Y'],
    ['a wrong check digit', '440305199003071237'],
    ['an unused region', '000305199003071234'],
    ['a birth year before 1900', '440524188001010014'],
    ['a birth date in the future', '110101209912310023'],
    ['30 February', '510107200002303213'],
    ['an ID inside a longer run', '1440305199003071236'],
    ['an ID glued to letters', 'A440305199003071236'],
  ])('finds no ID with %s', (_label, text) => {
    expect(found(text).filter(([kind]) => kind === 'cn-resident-id')).toEqual([]);
  });

  it('is preferred over a card when the same 18 digits pass both checks', () => {
    // 110101199003070054 passes the ID check and, by chance, Luhn as well.
    const id = '110101199003070054';
    expect(found(`号码 ${id}`)).toEqual([['cn-resident-id', id]]);
  });

  it('stays linear on a long digit run', () => {
    const started = Date.now();
    expect(detectCnResidentIds('4'.repeat(1_000_000))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
