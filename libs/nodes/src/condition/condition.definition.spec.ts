import { conditionDefinition } from './condition.definition';
import { conditionSettingsSchema } from './condition.schema';

const branches = [
  { id: 'gold', label: 'Gold member', when: 'vars.tier = "gold"' },
  { id: 'silver', label: 'Silver member', when: 'vars.tier = "silver"' },
];

describe('condition definition', () => {
  const settings = conditionSettingsSchema.parse({ branches });

  it('labels each branch outcome with its label, else with Else/否则', () => {
    expect(conditionDefinition.outcomeLabel('gold', settings)).toEqual({
      en: 'Gold member',
      zh: 'Gold member',
    });
    expect(conditionDefinition.outcomeLabel('else', settings)).toEqual({ en: 'Else', zh: '否则' });
  });

  it('summarises the branches in order', () => {
    expect(conditionDefinition.summary(settings, 'en')).toBe('Gold member · Silver member · else');
    expect(conditionDefinition.summary(settings, 'zh')).toBe('Gold member · Silver member · 否则');
  });

  it('rejects repeated branch ids at the repeat', () => {
    const result = conditionSettingsSchema.safeParse({
      branches: [...branches, { ...branches[0] }],
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['branches', 2, 'id']]);
  });

  it('reserves "else" for the no-match outcome', () => {
    const result = conditionSettingsSchema.safeParse({
      branches: [{ id: 'else', label: 'Other', when: 'true' }],
    });
    expect(result.error?.issues[0]?.message).toMatch(/"else"/);
  });

  it('needs 1 to 50 branches and an expression in each', () => {
    expect(conditionSettingsSchema.safeParse({ branches: [] }).success).toBe(false);
    expect(
      conditionSettingsSchema.safeParse({ branches: [{ id: 'a', label: 'A', when: '  ' }] })
        .success,
    ).toBe(false);
    const many = Array.from({ length: 51 }, (_, i) => ({
      id: `b${i}`,
      label: `B${i}`,
      when: 'true',
    }));
    expect(conditionSettingsSchema.safeParse({ branches: many }).success).toBe(false);
    expect(conditionSettingsSchema.safeParse({ branches: many.slice(0, 50) }).success).toBe(true);
  });
});
