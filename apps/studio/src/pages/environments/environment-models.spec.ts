import { describe, expect, it } from 'vitest';
import {
  documentSecretNames,
  secretRowProblem,
  secretRows,
  secretsBody,
} from './secret-references-model';
import { overrideProblem, overrideRows, overridesBody } from './variable-overrides-model';

const document = {
  variables: [
    { name: 'region', type: 'string', scope: 'bot', default: 'eu' },
    { name: 'maxItems', type: 'number', scope: 'bot' },
    { name: 'reply', type: 'string', scope: 'conversation' },
  ],
  flows: [
    {
      nodes: [
        { id: 'a', type: 'lookup', data: { request: { url: 'x', secret: 'orders-api' } } },
        { id: 'b', type: 'action', data: { http: { secret: 'crm' } } },
      ],
    },
  ],
};

describe('variable overrides', () => {
  it('lists bot-scoped variables with their overrides, and overrides no longer declared', () => {
    const rows = overrideRows(document, { maxItems: 5, legacy: true });
    expect(rows.map((row) => [row.name, row.text, row.undeclared])).toEqual([
      ['region', '', false],
      ['maxItems', '5', false],
      ['legacy', 'true', true],
    ]);
  });

  it('checks each value against its type and sends only the values given', () => {
    const rows = overrideRows(document, {});
    const [region, maxItems] = rows;
    if (!region || !maxItems) throw new Error('rows missing');
    maxItems.text = 'many';
    expect(overrideProblem(maxItems)).toBe('number');
    expect(overridesBody(rows)).toBeNull();
    maxItems.text = '12';
    region.text = 'cn';
    expect(overridesBody(rows)).toEqual({ region: 'cn', maxItems: 12 });
  });
});

describe('secret references', () => {
  it('finds the secret names the document uses', () => {
    expect(documentSecretNames(document)).toEqual(['crm', 'orders-api']);
  });

  it('offers a row per used name and sends only mapped ones', () => {
    const rows = secretRows({ crm: 'CRM_TOKEN' }, ['crm', 'orders-api']);
    expect(rows.map((row) => [row.documentName, row.vaultName])).toEqual([
      ['crm', 'CRM_TOKEN'],
      ['orders-api', ''],
    ]);
    expect(secretsBody(rows)).toEqual({ crm: 'CRM_TOKEN' });
  });

  it('refuses names the API would refuse, and a document name mapped twice', () => {
    const rows = [
      { key: 0, documentName: 'crm', vaultName: '9bad' },
      { key: 1, documentName: 'crm', vaultName: 'CRM' },
    ];
    expect(secretRowProblem(rows[0]!, rows)).toBe('duplicate');
    rows[1]!.documentName = 'crm2';
    expect(secretRowProblem(rows[0]!, rows)).toBe('vaultName');
    expect(secretsBody(rows)).toBeNull();
  });
});
