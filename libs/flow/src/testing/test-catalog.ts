/**
 * A tiny node catalog for libs/flow's own specs. libs/flow must not import
 * @parley/nodes, so these kinds mimic the real ones just enough to exercise every
 * check: widgets in `.meta()`, outcomes that depend on settings, optional
 * outcomes, waiting kinds and kind checks.
 */
import { z } from 'zod';
import type { NodeCatalogContract, NodeCheckContext, NodeKindContract } from '../catalog-contract';
import { idSchema, identifierSchema } from '../document/identifier.schema';
import { localizedTextSchema } from '../document/localized.schema';

const label = (en: string, zh: string) => ({ label: { en, zh } });
const template = (en: string, zh: string) =>
  localizedTextSchema.meta({ widget: 'template', ...label(en, zh) });
const expression = (en: string, zh: string) =>
  z
    .string()
    .min(1)
    .meta({ widget: 'expression', ...label(en, zh) });
const variable = identifierSchema.meta({ widget: 'variable', ...label('Variable', '变量') });
const flowRef = idSchema.meta({ widget: 'flow', ...label('Flow', '流程') });

/** Typed settings in, `NodeKindContract` out: parses again rather than casting. */
function kind<S extends z.ZodType>(
  settingsSchema: S,
  spec: {
    outcomes: (settings: z.output<S>, context?: NodeCheckContext) => readonly string[];
    optional?: (settings: z.output<S>) => readonly string[];
    waits?: boolean;
    check?: NodeKindContract['check'];
  },
): NodeKindContract {
  const read = (settings: unknown): z.output<S> => settingsSchema.parse(settings);
  return {
    settingsSchema,
    outcomes: (settings, context) => spec.outcomes(read(settings), context),
    optionalOutcomes: (settings) => spec.optional?.(read(settings)) ?? [],
    waitsForInput: () => spec.waits ?? false,
    ...(spec.check === undefined ? {} : { check: spec.check }),
  };
}

const jumpSettings = z.object({ flowId: flowRef });

export const testCatalog: NodeCatalogContract = {
  start: kind(z.object({}), { outcomes: () => ['next'] }),
  message: kind(
    z.object({
      text: template('Text', '文本'),
      buttons: z
        .array(z.object({ id: idSchema, label: template('Label', '按钮文字') }))
        .default([])
        .meta({ widget: 'list', ...label('Buttons', '按钮') }),
    }),
    { outcomes: () => ['next'] },
  ),
  ask: kind(
    z.object({
      question: template('Question', '问题'),
      variable,
      retryMessage: template('Retry message', '重试提示').optional(),
      timeoutSeconds: z
        .number()
        .int()
        .min(5)
        .optional()
        .meta({ widget: 'number', ...label('Timeout', '超时') }),
    }),
    {
      outcomes: (s) =>
        s.timeoutSeconds === undefined ? ['next', 'invalid'] : ['next', 'invalid', 'timeout'],
      optional: () => ['invalid', 'timeout'],
      waits: true,
    },
  ),
  condition: kind(
    z.object({
      branches: z
        .array(z.object({ id: idSchema, label: z.string(), when: expression('When', '条件') }))
        .min(1)
        .meta({ widget: 'list', ...label('Branches', '分支') }),
    }),
    { outcomes: (s) => [...s.branches.map((branch) => branch.id), 'else'] },
  ),
  set: kind(
    z.object({
      assignments: z.array(z.object({ variable, value: expression('Value', '值') })).min(1),
    }),
    { outcomes: () => ['next'] },
  ),
  intent: kind(
    z.object({
      intents: z
        .array(identifierSchema)
        .default([])
        .meta({ widget: 'intent', ...label('Intents', '意图') }),
      entities: z
        .array(z.object({ entity: identifierSchema.meta({ widget: 'entity' }), variable }))
        .default([]),
    }),
    {
      // As in libs/nodes: no intents listed means every intent the bot declares.
      outcomes: (s, context) => [
        ...(s.intents.length > 0
          ? s.intents
          : (context?.doc.intents.map((intent) => intent.name) ?? [])),
        'fallback',
      ],
      waits: true,
    },
  ),
  jump: kind(jumpSettings, {
    outcomes: () => [],
    // Mirrors libs/nodes: the kind reports an unknown flow too; validateBot keeps one.
    check: (settings, context) => {
      const { flowId } = jumpSettings.parse(settings);
      if (context.doc.flows.some((flow) => flow.id === flowId)) return [];
      return [
        {
          code: 'unknown-flow',
          path: ['flowId'],
          message: `There is no flow with the id "${flowId}"`,
        },
      ];
    },
  }),
  subflow: kind(
    z.object({
      flowId: flowRef,
      parameters: z.record(identifierSchema, expression('Parameter', '参数')).default({}),
    }),
    { outcomes: () => ['next', 'error'], optional: () => ['error'] },
  ),
  end: kind(z.object({ ends: z.enum(['conversation', 'flow']).default('conversation') }), {
    outcomes: () => [],
  }),
};
