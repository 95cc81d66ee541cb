import {
  conversationTestSchemas,
  hasInput,
  messageExpectationSchema,
  turnExpectationSchema,
  type MessageExpectation,
  type TurnExpectation,
} from '@parley/flow';
import { z } from 'zod';
import { portScriptSchema } from './port-script.schema';

export { hasInput, messageExpectationSchema, turnExpectationSchema };
export type { MessageExpectation, TurnExpectation };

// The bot document's test schemas with the engine's exact port scripts: what runs.
const exact = conversationTestSchemas(portScriptSchema);

/** One turn: at most one thing the user does, scripted ports, expectations. */
export const conversationTurnSchema = exact.turn;
export type ConversationTurn = z.infer<typeof conversationTurnSchema>;

/**
 * One conversation test. A first turn without `say`/`press`/`timer`/`handback` checks
 * what the bot says when the conversation opens; otherwise the opening is not checked.
 */
export const conversationTestSchema = exact.test;
export type ConversationTest = z.infer<typeof conversationTestSchema>;

/** A list of tests; also the shape of a bot document's `tests` section. */
export const conversationTestsSchema = exact.tests;

/** A conversation-tests file (YAML or JSON). */
export const conversationTestFileSchema = z.strictObject({
  $schema: z.string().optional(),
  tests: conversationTestsSchema,
});
export type ConversationTestFile = z.infer<typeof conversationTestFileSchema>;
