import { describe, expect, it } from 'vitest';
import { parseBulkUtterances, UTTERANCE_MAX } from './bulk-utterances';

describe('bulk paste of examples', () => {
  it('takes one example a line, trimmed, without blanks', () => {
    const result = parseBulkUtterances(
      '  我的订单到哪了  \n\n快递什么时候到\r\n   \n查一下物流',
      [],
    );
    expect(result).toEqual({
      added: ['我的订单到哪了', '快递什么时候到', '查一下物流'],
      duplicates: 0,
      tooLong: 0,
    });
  });

  it('skips lines the intent already has and repeats, ignoring case and spacing', () => {
    const result = parseBulkUtterances(
      'Where is my order\nwhere  is my ORDER\ntrack my parcel\nTrack my parcel',
      ['where is my order'],
    );
    expect(result.added).toEqual(['track my parcel']);
    expect(result.duplicates).toBe(3);
  });

  it('counts lines too long to be an example instead of adding them', () => {
    const result = parseBulkUtterances(`${'长'.repeat(UTTERANCE_MAX + 1)}\nok`, []);
    expect(result).toEqual({ added: ['ok'], duplicates: 0, tooLong: 1 });
  });
});
