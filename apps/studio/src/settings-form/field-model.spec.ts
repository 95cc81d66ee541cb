import {
  askSettingsSchema,
  conditionSettingsSchema,
  intentSettingsSchema,
  subflowSettingsSchema,
} from '@parley/nodes';
import { describe, expect, it } from 'vitest';
import { fieldModelOf, type FieldModel } from './field-model';

function fieldOf(model: FieldModel, key: string): FieldModel {
  const field = model.fields.find(([name]) => name === key)?.[1];
  if (!field) throw new Error(`no field ${key}`);
  return field;
}

describe('fieldModelOf', () => {
  const ask = fieldModelOf(askSettingsSchema);

  it('reads the widget hints through optional and default wrappers', () => {
    expect(ask.kind).toBe('object');
    expect(fieldOf(ask, 'question')).toMatchObject({ kind: 'template', optional: false });
    expect(fieldOf(ask, 'question').meta.label).toEqual({ en: 'Question', zh: '问题' });
    expect(fieldOf(ask, 'variable').kind).toBe('variable');
    expect(fieldOf(ask, 'retryMessage')).toMatchObject({ kind: 'template', optional: true });
  });

  it('gives selects their enum values and numbers their defaults and sections', () => {
    expect(fieldOf(ask, 'type')).toMatchObject({
      kind: 'select',
      defaultValue: 'text',
      options: ['text', 'number', 'email', 'phone', 'date', 'choice', 'regex'],
    });
    expect(fieldOf(ask, 'maxTries')).toMatchObject({
      kind: 'number',
      defaultValue: 3,
      integer: true,
    });
    expect(fieldOf(ask, 'maxTries').meta.section).toBe('advanced');
    expect(fieldOf(ask, 'min').integer).toBe(false);
    expect(fieldOf(ask, 'skipIfSet')).toMatchObject({ kind: 'switch', defaultValue: false });
  });

  it('models lists of objects, optional groups, pickers in lists and records', () => {
    const choices = fieldOf(ask, 'choices');
    expect(choices.kind).toBe('list');
    expect(choices.item?.kind).toBe('object');
    expect(fieldOf(ask, 'choicesFrom')).toMatchObject({ kind: 'object', optional: true });

    const branches = fieldOf(fieldModelOf(conditionSettingsSchema), 'branches');
    expect(fieldOf(branches.item ?? ask, 'when').kind).toBe('expression');

    expect(fieldOf(fieldModelOf(intentSettingsSchema), 'intents').item?.kind).toBe('intent');

    const parameters = fieldOf(fieldModelOf(subflowSettingsSchema), 'parameters');
    expect(parameters).toMatchObject({ kind: 'key-value', defaultValue: {} });
    expect(parameters.item?.kind).toBe('expression');
  });
});
