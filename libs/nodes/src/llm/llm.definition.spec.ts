import { checkContextFixture } from '../shared/check-context.fixture';
import { llmDefinition } from './llm.definition';
import { llmSettingsSchema } from './llm.schema';

const context = checkContextFixture();
const classify = (labels: { name: string; description?: string }[]) =>
  llmSettingsSchema.parse({
    mode: 'classify',
    prompt: 'What is this about? {{ input.text }}',
    labels,
  });

describe('llm definition', () => {
  it('fills the documented defaults', () => {
    const settings = llmSettingsSchema.parse({ prompt: 'Hi' });
    expect(settings).toMatchObject({
      mode: 'reply',
      temperature: 0.3,
      maxTokens: 512,
      includeHistory: true,
      timeoutSeconds: 30,
    });
  });

  it('labels classify outcomes by label name and the rest by meaning', () => {
    const settings = classify([{ name: 'billing' }]);
    expect(llmDefinition.outcomeLabel('billing', settings)).toEqual({
      en: 'billing',
      zh: 'billing',
    });
    expect(llmDefinition.outcomeLabel('error', settings)).toEqual({ en: 'Error', zh: '出错' });
  });

  it('needs a label to classify and a field to extract', () => {
    expect(llmDefinition.check?.(classify([]), context)).toEqual([
      { code: 'kind-rule', path: ['labels'], message: 'Classify needs at least one label' },
    ]);
    const extract = llmSettingsSchema.parse({ mode: 'extract', prompt: 'Extract' });
    expect(llmDefinition.check?.(extract, context)?.map((issue) => issue.path)).toEqual([
      ['fields'],
    ]);
    const reply = llmSettingsSchema.parse({ prompt: 'Reply' });
    expect(llmDefinition.check?.(reply, context)).toEqual([]);
  });

  it('rejects label names that repeat or shadow the fallback and error outcomes', () => {
    const issues =
      llmDefinition.check?.(
        classify([{ name: 'billing' }, { name: 'billing' }, { name: 'error' }]),
        context,
      ) ?? [];
    expect(issues.map((issue) => issue.path)).toEqual([
      ['labels', 1, 'name'],
      ['labels', 2, 'name'],
    ]);
  });

  it('bounds temperature and timeout', () => {
    expect(llmSettingsSchema.safeParse({ prompt: 'x', temperature: 2.5 }).success).toBe(false);
    expect(llmSettingsSchema.safeParse({ prompt: 'x', timeoutSeconds: 121 }).success).toBe(false);
  });

  it('summarises by mode', () => {
    expect(llmDefinition.summary(classify([{ name: 'billing' }, { name: 'tech' }]), 'en')).toBe(
      'Classify: billing, tech',
    );
    const summarise = llmSettingsSchema.parse({
      mode: 'summarise',
      prompt: 'Sum up the chat',
      outputVariable: 'summary',
    });
    expect(llmDefinition.summary(summarise, 'zh')).toBe('摘要：“Sum up the chat” → vars.summary');
  });
});
