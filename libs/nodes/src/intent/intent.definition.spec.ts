import { checkContextFixture } from '../shared/check-context.fixture';
import { intentDefinition } from './intent.definition';
import { intentSettingsSchema } from './intent.schema';

const intents = [
  { name: 'order_status', utterances: { en: ['where is my order'] } },
  { name: 'refund', utterances: { en: ['I want my money back'] } },
];
const context = checkContextFixture({
  intents,
  entities: [{ kind: 'regex', name: 'ticket', pattern: 'T-\\d+' }],
});

describe('intent definition', () => {
  it('routes on every declared intent when none is listed, given the document', () => {
    const settings = intentSettingsSchema.parse({});
    expect(intentDefinition.outcomes(settings, context)).toEqual([
      'order_status',
      'refund',
      'fallback',
    ]);
    expect(intentDefinition.outcomes(settings)).toEqual(['fallback']);
  });

  it('labels intent outcomes with the intent name', () => {
    const settings = intentSettingsSchema.parse({ intents: ['refund'] });
    expect(intentDefinition.outcomeLabel('refund', settings)).toEqual({
      en: 'refund',
      zh: 'refund',
    });
    expect(intentDefinition.outcomeLabel('fallback', settings)).toEqual({
      en: 'Not recognised',
      zh: '未识别',
    });
  });

  it('flags undeclared intents and entities, accepting system entities', () => {
    const settings = intentSettingsSchema.parse({
      intents: ['refund', 'cancel_order'],
      entities: [
        { entity: 'ticket', variable: 'ticket' },
        { entity: 'order_code', variable: 'orderId' },
        { entity: 'colour', variable: 'colour' },
      ],
    });
    const issues = intentDefinition.check?.(settings, context) ?? [];
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: 'unknown-intent', path: ['intents', 1] },
      { code: 'unknown-entity', path: ['entities', 2, 'entity'] },
    ]);
  });

  it('flags an intent named like the fallback outcome', () => {
    const clash = checkContextFixture({ intents: [{ name: 'fallback', utterances: {} }] });
    const issues = intentDefinition.check?.(intentSettingsSchema.parse({}), clash) ?? [];
    expect(issues.map((issue) => issue.code)).toEqual(['kind-rule']);
  });

  it('rejects a threshold outside 0–1 and a repeated intent', () => {
    expect(intentSettingsSchema.safeParse({ threshold: 1.5 }).success).toBe(false);
    expect(intentSettingsSchema.safeParse({ intents: ['refund', 'refund'] }).success).toBe(false);
  });

  it('summarises what it routes on', () => {
    expect(intentDefinition.summary(intentSettingsSchema.parse({}), 'en')).toBe(
      'Route on every intent',
    );
    expect(
      intentDefinition.summary(intentSettingsSchema.parse({ intents: ['refund'] }), 'zh'),
    ).toBe('识别 refund');
  });
});
