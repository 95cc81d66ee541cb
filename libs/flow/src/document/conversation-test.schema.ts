import { z } from 'zod';
import { idSchema } from './identifier.schema';
import { localeSchema } from './localized.schema';

/**
 * A JSON object (variables, contact attributes). Local to this library: the engine's
 * own JSON schema sits above it, and the bot document must not depend on the engine.
 */
const jsonObjectSchema = z.record(z.string(), z.json());

/**
 * The scripted port answers of a turn, as the bot document stores them: an object of
 * ports, each an object of methods. What each answer must look like is the engine's
 * business, so `@parley/conversation-tests` checks it closely when a test runs (and
 * for test files); the document only keeps it well formed.
 */
export const storedPortScriptSchema = z
  .record(z.string(), z.record(z.string(), z.json()))
  .meta({ description: 'Scripted port answers, per port and method' });

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

const inputKeys = ['say', 'press', 'timer', 'handback'] as const;

/**
 * The schemas of conversation tests around a port-script schema: the bot document
 * stores ports loosely (`storedPortScriptSchema`); test files and the runner use
 * the engine's exact one. Everything else is the same, so it is written once.
 */
export function conversationTestSchemas<P extends z.ZodType>(ports: P) {
  /** One turn: at most one thing the user does, scripted ports, expectations. */
  const turn = z
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
      ports: ports.optional(),
      expect: turnExpectationSchema.optional(),
    })
    .superRefine((value, ctx) => {
      const inputs = inputKeys.filter((key) => value[key] !== undefined);
      if (inputs.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: [inputs[1] ?? ''],
          message: `a turn does one thing: ${inputs.join(' and ')} cannot be combined`,
        });
      }
    });

  /**
   * One conversation test. A first turn without `say`/`press`/`timer`/`handback` checks
   * what the bot says when the conversation opens; otherwise the opening is not checked.
   */
  const test = z
    .strictObject({
      name: z.string().min(1).max(200),
      description: z.string().optional(),
      locale: localeSchema.optional().meta({ description: "Default: the bot's default locale" }),
      vars: jsonObjectSchema.optional().meta({ description: 'Variables set when it starts' }),
      contact: jsonObjectSchema.optional().meta({ description: 'Contact attributes' }),
      turns: z.array(turn).min(1),
    })
    .superRefine((value, ctx) => {
      value.turns.forEach((t, index) => {
        if (index > 0 && !hasInput(t)) {
          ctx.addIssue({
            code: 'custom',
            path: ['turns', index],
            message:
              'only the first turn may leave out say/press/timer/handback (it checks the opening)',
          });
        }
      });
    });

  /** A list of tests, as a tests file holds it: at least one, names unique. */
  const tests = z
    .array(test)
    .min(1)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((t, index) => {
        if (seen.has(t.name))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `another test is already called "${t.name}"`,
          });
        seen.add(t.name);
      });
    });

  return { turn, test, tests };
}

const stored = conversationTestSchemas(storedPortScriptSchema);

/** A turn as the bot document stores it. */
export const storedConversationTurnSchema = stored.turn;
export type StoredConversationTurn = z.infer<typeof storedConversationTurnSchema>;

/**
 * A conversation test as the bot document's `tests` section stores it (the same shape
 * as a tests file's `tests`; ports are checked closely when it runs).
 */
export const storedConversationTestSchema = stored.test;
export type StoredConversationTest = z.infer<typeof storedConversationTestSchema>;

/** Whether the turn does something (else it is the opening turn). */
export function hasInput(turn: Partial<Record<(typeof inputKeys)[number], unknown>>): boolean {
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
