import { idSchema } from '@parley/flow';
import { z } from 'zod';
import { expressionSchema } from '../shared/expression.schema';
import { uniqueBy } from '../shared/unique-by.refinement';

const branchSchema = z.object({
  id: idSchema.meta({
    label: { en: 'Id', zh: '编号' },
    widget: 'text',
    help: { en: 'Names the outcome; keep it stable', zh: '出口名称，请保持不变' },
  }),
  label: z
    .string()
    .min(1)
    .max(100)
    .meta({ label: { en: 'Label', zh: '标签' }, widget: 'text' }),
  when: expressionSchema.meta({
    label: { en: 'When', zh: '条件' },
    widget: 'expression',
    placeholder: 'vars.tier = "gold"',
  }),
});
export type ConditionBranch = z.infer<typeof branchSchema>;

/**
 * Settings of the condition node: branches tried in order, the first whose `when`
 * is truthy wins, else `else`. Branch ids are the outcome names.
 */
export const conditionSettingsSchema = z.object({
  branches: z
    .array(branchSchema)
    .min(1)
    .max(50)
    .superRefine(uniqueBy('id', 'Branch id'))
    .superRefine((branches, ctx) => {
      branches.forEach((branch, index) => {
        if (branch.id === 'else') {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: '"else" is the outcome taken when no branch matches; choose another id',
          });
        }
      });
    })
    .meta({ label: { en: 'Branches', zh: '分支' }, widget: 'list' }),
});
export type ConditionSettings = z.infer<typeof conditionSettingsSchema>;
