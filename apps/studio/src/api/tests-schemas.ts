import { z } from 'zod';

/**
 * The first thing that went wrong in a test: the failing turn (0-based), what was
 * compared, and the node where expected and actual diverged (when known).
 */
export const testFailureSchema = z.looseObject({
  turn: z.number(),
  field: z.string(),
  expected: z.json().optional(),
  actual: z.json().optional(),
  message: z.string(),
  nodeId: z.string().optional(),
  flowId: z.string().optional(),
});
export type TestFailure = z.infer<typeof testFailureSchema>;

/** A message the bot sent, as far as the studio draws it (text and the labels of its choices). */
const choicesSchema = z.array(z.looseObject({ label: z.string() })).optional();
const cardSchema = z.looseObject({ title: z.string(), buttons: choicesSchema });

export const sentMessageSchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  alt: z.string().optional(),
  url: z.string().optional(),
  card: cardSchema.optional(),
  cards: z.array(cardSchema).optional(),
  queue: z.string().optional(),
  status: z.string().optional(),
  buttons: choicesSchema,
  quickReplies: choicesSchema,
});
export type SentMessage = z.infer<typeof sentMessageSchema>;

export const turnResultSchema = z.looseObject({
  index: z.number(),
  passed: z.boolean(),
  input: z.looseObject({
    say: z.string().optional(),
    press: z.string().optional(),
    timer: z.string().optional(),
    handback: z.unknown().optional(),
  }),
  played: z.boolean().optional(),
  messages: z.array(sentMessageSchema),
  trace: z.array(z.unknown()).optional(),
  /** Every expectation that failed this turn; a message failure says which message. */
  failures: z.array(z.looseObject({ kind: z.string(), index: z.number().optional() })).optional(),
});
export type TurnResult = z.infer<typeof turnResultSchema>;

export const testResultSchema = z.looseObject({
  name: z.string(),
  passed: z.boolean(),
  ms: z.number(),
  failure: testFailureSchema.optional(),
  turns: z.array(turnResultSchema),
});
export type TestResult = z.infer<typeof testResultSchema>;

export const nodeCoverageSchema = z.looseObject({
  visited: z.boolean(),
  outcomes: z.record(z.string(), z.boolean()),
});
export type NodeCoverage = z.infer<typeof nodeCoverageSchema>;

export const flowCoverageSchema = z.looseObject({
  flowId: z.string(),
  covered: z.number(),
  total: z.number(),
  nodes: z.record(z.string(), nodeCoverageSchema),
});
export type FlowCoverage = z.infer<typeof flowCoverageSchema>;

/** `POST /api/v1/bots/:botId/tests/run`: counts, each test, outcome coverage per flow. */
export const testRunSchema = z.looseObject({
  target: z.looseObject({ kind: z.string(), revision: z.number().optional() }),
  summary: z.looseObject({
    total: z.number(),
    passed: z.number(),
    failed: z.number(),
    ms: z.number(),
  }),
  tests: z.array(testResultSchema),
  coverage: z.looseObject({ flows: z.array(flowCoverageSchema) }),
});
export type TestRun = z.infer<typeof testRunSchema>;

/** The publish gate's refusal: each failing test with its first failure. */
export const testFailuresBodySchema = z.looseObject({
  testFailures: z.array(
    z.looseObject({ name: z.string(), failure: testFailureSchema.optional().nullable() }),
  ),
});
export type GateFailure = z.infer<typeof testFailuresBodySchema>['testFailures'][number];
