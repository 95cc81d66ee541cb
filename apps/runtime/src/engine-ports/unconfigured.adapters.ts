import { PortError, type HandoffPort, type KnowledgePort, type NluPort } from '@parley/engine';

/**
 * The ports whose services the runtime does not have yet. Each call fails as
 * `not-configured` with a reason an analyst reading the trace understands; the
 * executors then take their documented path (intent and sentiment: `error`, so the
 * bot's fallback; knowledge: `error`; handoff: `no_agent`).
 */
export const unconfiguredReasons = {
  classify:
    'nlu_not_configured: this runtime has no NLU engine yet, so intents and entities cannot be recognised',
  sentiment:
    'nlu_not_configured: this runtime has no NLU engine yet, so sentiment cannot be scored',
  knowledge:
    'knowledge_not_configured: this runtime has no knowledge base yet, so no passage can be searched',
  handoff:
    'handoff_not_configured: this runtime has no agent desk yet, so no agent can take the conversation',
} as const;

const refuse = (port: string, reason: string): Promise<never> =>
  Promise.reject(new PortError(port, 'not-configured', reason));

export const unconfiguredNlu: NluPort = {
  classify: () => refuse('nlu', unconfiguredReasons.classify),
  sentiment: () => refuse('nlu', unconfiguredReasons.sentiment),
};

export const unconfiguredKnowledge: KnowledgePort = {
  search: () => refuse('knowledge', unconfiguredReasons.knowledge),
};

export const unconfiguredHandoff: HandoffPort = {
  request: () => refuse('handoff', unconfiguredReasons.handoff),
};
