/**
 * `@parley/nodes`: the browser-safe node catalog — kinds, definitions, settings
 * schemas and the shared field schemas they are built from. Executors live behind
 * the server-only entry `@parley/nodes/executors`.
 */
export * from './catalog';
export * from './node-category';
export * from './node-definition';
export * from './node-kinds';

export * from './action/action.definition';
export * from './action/action.schema';
export * from './ask/ask.definition';
export * from './ask/ask.schema';
export * from './condition/condition.definition';
export * from './condition/condition.schema';
export * from './end/end.definition';
export * from './end/end.schema';
export * from './feedback/feedback.definition';
export * from './feedback/feedback.schema';
export * from './form/form.definition';
export * from './form/form.schema';
export * from './handoff/handoff.definition';
export * from './handoff/handoff.schema';
export * from './intent/intent.definition';
export * from './intent/intent.schema';
export * from './jump/jump.definition';
export * from './jump/jump.schema';
export * from './knowledge/knowledge.definition';
export * from './knowledge/knowledge.schema';
export * from './llm/llm.definition';
export * from './llm/llm.schema';
export * from './lookup/lookup.definition';
export * from './lookup/lookup.schema';
export * from './message/message.definition';
export * from './message/message.schema';
export * from './sentiment/sentiment.definition';
export * from './sentiment/sentiment.schema';
export * from './set/set.definition';
export * from './set/set.schema';
export * from './start/start.definition';
export * from './start/start.schema';
export * from './subflow/subflow.definition';
export * from './subflow/subflow.schema';

export * from './shared/answer-type.schema';
export * from './shared/button.schema';
export * from './shared/choice.schema';
export * from './shared/dynamic-items.schema';
export * from './shared/expression.schema';
export * from './shared/http-request.schema';
export * from './shared/mapping.schema';
export * from './shared/outcome-labels';
export * from './shared/reference.schema';
export * from './shared/template-preview';
export * from './shared/template.schema';
