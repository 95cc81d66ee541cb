import { found } from '../testing/found';
import { detectEmails } from './email.detector';

describe('e-mail detection', () => {
  it.each([
    ['Contact me at jane.doe+support@example.com please', 'jane.doe+support@example.com'],
    ['邮箱是li.lei@example.cn谢谢', 'li.lei@example.cn'],
    ['我的邮箱：13812345678@163.com。', '13812345678@163.com'],
    ['<mailto:ops_team%1@mail.parley.co.uk>', 'ops_team%1@mail.parley.co.uk'],
    ['test@münchen.de', 'test@münchen.de'],
    ['user@例子.中国 是中文域名', 'user@例子.中国'],
    ['punycode a@xn--fsqu00a.xn--fiqs8s', 'a@xn--fsqu00a.xn--fiqs8s'],
    ['ends a sentence: bob@example.org.', 'bob@example.org'],
    ['ＬＩ＠ＥＸＡＭＰＬＥ．ＣＮ', 'ＬＩ＠ＥＸＡＭＰＬＥ．ＣＮ'],
  ])('finds the address in %j', (text, address) => {
    expect(found(text)).toEqual([['email', address]]);
  });

  it('drops leading dots and anything before a double dot from the local part', () => {
    expect(found('..a..b.c@example.com')).toEqual([['email', 'b.c@example.com']]);
  });

  it('ends the domain at an ASCII top-level label followed by other text', () => {
    expect(found('x@a.b.com2')).toEqual([['email', 'x@a.b.com']]);
  });

  it.each([
    'not an address: @example.com',
    'user@localhost',
    'a@b.c',
    'a@-b.com',
    'a@b..com',
    'someone@',
    '@@@',
    'price 5 @ 3.50',
    '@user mention',
  ])('finds nothing in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds each address of a list', () => {
    expect(found('a@x.io, b@y.io;c@z.io')).toEqual([
      ['email', 'a@x.io'],
      ['email', 'b@y.io'],
      ['email', 'c@z.io'],
    ]);
  });

  it('never lets an address reach back into the one before it', () => {
    expect(found('x@y.cn.x@y.cn')).toEqual([
      ['email', 'x@y.cn'],
      ['email', 'x@y.cn'],
    ]);
  });

  it('stays linear on long runs of local-part characters and @ signs', () => {
    const started = Date.now();
    expect(detectEmails('a'.repeat(1_000_000))).toEqual([]);
    expect(detectEmails('a@'.repeat(500_000))).toEqual([]);
    expect(detectEmails(`${'a.'.repeat(300_000)}@${'b-'.repeat(200_000)}`)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
