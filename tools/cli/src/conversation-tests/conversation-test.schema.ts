import { jsonObjectSchema } from '@parley/engine';
import { idSchema, localeSchema } from '@parley/flow';
import { z } from 'zod';
import { portScriptSchema } from './port-script.schema';

/** A pattern that must compile as a JavaScript regular expression (unicode mode). */
const regexSource = z
  .string()
  .min(1)
  .refine((source) => compiles(source), { message: 'is not a valid regular expression' });

/**
 * One expected bot message: its exact text, or an object with any of `text` (exact),
 * `contains`, `regex`, `buttons` (the labels of its buttons or quick replies, in order).
 */
export const messageExpectationSchema = z.union([
  z.string().meta({ description: 'The exact text of the message' }),
  z
    .strictObject({
      text: z.string().optional().meta({ description: 'The exact text' }),
      contains: z.string().min(1).optional().meta({ description: 'Text the message contains' }),
      regex: regexSource.optional().meta({ description: 'A pattern the text matches' }),
      buttons: z
        .array(z.string())
        .optional()
        .meta({ description: 'Labels of its buttons or quick replies, in order' }),
    })
    .refine((m) => Object.values(m).some((value) => value !== undefined), {
      message: 'give at least one of text, contains, regex, buttons',
    }),
]);
export type MessageExpectation = z.infer<typeof messageExpectationSchema>;

/** What must hold at the end of a turn; every field is optional. */
export const turnExpectationSchema = z.strictObject({
  messages: z.array(messageExpectationSchema).optional().meta({
    description:
      'Every message the bot says this turn, in order (hand-off and end markers excluded)',
  }),
  node: idSchema
    .optional()
    .meta({ description: 'The node the conversation waits at (or stopped at) after the turn' }),
  vars: jsonObjectSchema
    .optional()
    .meta({ description: 'Variables that must have these values (others are not checked)' }),
  ended: z
    .union([z.boolean(), z.enum(['resolved', 'unresolved'])])
    .optional()
    .meta({ description: 'The conversation has ended (with this status)' }),
  handedOff: z
    .boolean()
    .optional()
    .meta({ description: 'The conversation is waiting for a human agent' }),
});
export type TurnExpectation = z.infer<typeof turnExpectationSchema>;

/** One turn: at most one thing the user does, scripted ports, expectations. */
export const conversationTurnSchema = z
  .strictObject({
    say: z.string().max(20_000).optional().meta({ description: 'Text the user types' }),
    press: z
      .string()
      .min(1)
      .max(2_000)
      .optional()
      .meta({ description: 'The payload of a button or quick reply the user presses' }),
    timer: z.string().min(1).optional().meta({
      description:
        "A pending timer fires: the node's own timer id (e.g. timeout) or the waiting node's id",
    }),
    handback: z
      .strictObject({ vars: jsonObjectSchema.optional() })
      .optional()
      .meta({ description: 'A human agent hands the conversation back, setting variables' }),
    ports: portScriptSchema.optional(),
    expect: turnExpectationSchema.optional(),
  })
  .superRefine((turn, ctx) => {
    const inputs = inputKeys.filter((key) => turn[key] !== undefined);
    if (inputs.length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: [inputs[1] ?? ''],
        message: `a turn does one thing: ${inputs.join(' and ')} cannot be combined`,
      });
    }
  });
export type ConversationTurn = z.infer<typeof conversationTurnSchema>;

const inputKeys = ['say', 'press', 'timer', 'handback'] as const;

/**
 * One conversation test. A first turn without `say`/`press`/`timer`/`handback` checks
 * what the bot says when the conversation opens; otherwise the opening is not checked.
 */
export const conversationTestSchema = z
  .strictObject({
    name: z.string().min(1).max(200),
    description: z.string().optional(),
    locale: localeSchema.optional().meta({ description: "Default: the bot's default locale" }),
    vars: jsonObjectSchema.optional().meta({ description: 'Variables set when it starts' }),
    contact: jsonObjectSchema.optional().meta({ description: 'Contact attributes' }),
    turns: z.array(conversationTurnSchema).min(1),
  })
  .superRefine((test, ctx) => {
    test.turns.forEach((turn, index) => {
      if (index > 0 && !hasInput(turn)) {
        ctx.addIssue({
          code: 'custom',
          path: ['turns', index],
          message:
            'only the first turn may leave out say/press/timer/handback (it checks the opening)',
        });
      }
    });
  });
export type ConversationTest = z.infer<typeof conversationTestSchema>;

/** A list of tests; also the shape of a bot document's `tests` section. */
export const conversationTestsSchema = z
  .array(conversationTestSchema)
  .min(1)
  .superRefine((tests, ctx) => {
    const seen = new Set<string>();
    tests.forEach((test, index) => {
      if (seen.has(test.name))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'name'],
          message: `another test is already called "${test.name}"`,
        });
      seen.add(test.name);
    });
  });

/** A conversation-tests file (YAML or JSON). */
export const conversationTestFileSchema = z.strictObject({
  $schema: z.string().optional(),
  tests: conversationTestsSchema,
});
export type ConversationTestFile = z.infer<typeof conversationTestFileSchema>;

/** Whether the turn does something (else it is the opening turn). */
export function hasInput(turn: ConversationTurn): boolean {
  return inputKeys.some((key) => turn[key] !== undefined);
}

function compiles(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}
