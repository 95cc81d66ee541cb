/**
 * `@parley/nodes/executors`: what each node kind does in a turn, keyed by kind.
 * Server-only (executors reach the engine's ports); hosts hand this to `runTurn`.
 */
import type { ExecutorEntry } from '@parley/engine';
import type { z } from 'zod';
import { actionExecutor } from './action/action.executor';
import { askExecutor } from './ask/ask.executor';
import type { NodeCatalog } from './catalog';
import { conditionExecutor } from './condition/condition.executor';
import { endExecutor } from './end/end.executor';
import { feedbackExecutor } from './feedback/feedback.executor';
import { formExecutor } from './form/form.executor';
import { handoffExecutor } from './handoff/handoff.executor';
import { intentExecutor } from './intent/intent.executor';
import { jumpExecutor } from './jump/jump.executor';
import { knowledgeExecutor } from './knowledge/knowledge.executor';
import { llmExecutor } from './llm/llm.executor';
import { lookupExecutor } from './lookup/lookup.executor';
import { messageExecutor } from './message/message.executor';
import type { NodeKind } from './node-kinds';
import { sentimentExecutor } from './sentiment/sentiment.executor';
import { setExecutor } from './set/set.executor';
import { startExecutor } from './start/start.executor';
import { subflowExecutor } from './subflow/subflow.executor';

/** The executor entry a kind needs: typed on the settings its definition's schema parses to. */
export type NodeExecutorEntry<K extends NodeKind> = ExecutorEntry<
  z.output<NodeCatalog[K]['settingsSchema']>
>;

/**
 * Every kind's executor. The `satisfies` clause makes a kind in `nodeKinds` without
 * an executor, or an executor typed on another kind's settings, a compile error.
 * Assignable to the engine's `ExecutorCatalog` (`EngineHost.executors`).
 */
export const nodeExecutors = {
  start: startExecutor,
  message: messageExecutor,
  ask: askExecutor,
  form: formExecutor,
  condition: conditionExecutor,
  set: setExecutor,
  intent: intentExecutor,
  llm: llmExecutor,
  knowledge: knowledgeExecutor,
  lookup: lookupExecutor,
  action: actionExecutor,
  sentiment: sentimentExecutor,
  handoff: handoffExecutor,
  feedback: feedbackExecutor,
  jump: jumpExecutor,
  subflow: subflowExecutor,
  end: endExecutor,
} satisfies { readonly [K in NodeKind]: NodeExecutorEntry<K> };
