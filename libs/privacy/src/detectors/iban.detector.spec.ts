import { found } from '../testing/found';
import { detectIbans } from './iban.detector';

describe('IBAN detection', () => {
  it.each([
    ['IBAN: GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
    ['Überweisung an DE89370400440532013000.', 'DE89370400440532013000'],
    ['FR14 2004 1010 0505 0001 3M02 606 merci', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300'],
    ['lower case gb82west12345698765432 too', 'gb82west12345698765432'],
    ['lower and grouped gb82 west 1234 5698 7654 32', 'gb82 west 1234 5698 7654 32'],
    ['shortest: NO9386011117947', 'NO9386011117947'],
    ['账户：CH9300762011623852957，谢谢', 'CH9300762011623852957'],
    [
      '全角 ＧＢ８２ＷＥＳＴ１２３４５６９８７６５４３２',
      'ＧＢ８２ＷＥＳＴ１２３４５６９８７６５４３２',
    ],
  ])('finds the IBAN in %j', (text, iban) => {
    expect(found(text)).toEqual([['iban', iban]]);
  });

  it.each([
    ['a failing mod-97 check', 'GB82 WEST 1234 5698 7654 33'],
    ['a country without IBANs', 'US82WEST12345698765432'],
    ['the wrong length for the country', 'GB82WEST1234569876543'],
    ['more characters after it', 'GB82WEST12345698765432X'],
    ['letters before it', 'XGB82WEST12345698765432'],
    ['groups of five', 'GB82W EST12 34569 87654 32'],
    ['check digits 99 (equivalent to 02, never issued)', 'GB99WEST12345698765432'],
  ])('finds no IBAN with %s', (_label, text) => {
    expect(found(text).filter(([kind]) => kind === 'iban')).toEqual([]);
  });

  it('accepts a grouped IBAN followed by another word', () => {
    expect(found('BE68 5390 0754 7034 please')).toEqual([['iban', 'BE68 5390 0754 7034']]);
  });

  it('stays linear on text made of IBAN beginnings', () => {
    const started = Date.now();
    expect(detectIbans('GB82 '.repeat(200_000))).toEqual([]);
    expect(detectIbans(`GB82${'1'.repeat(1_000_000)}`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
