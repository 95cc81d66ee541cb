import type { NodeCheckContext, NodeCheckIssue } from '@parley/flow';
import { defineNode, type OutcomeContext } from '../node-definition';
import { outcomeLabel } from '../shared/outcome-labels';
import { checkEntityRef, checkIntentRef } from '../shared/reference.checks';
import { intentSettingsSchema, type IntentSettings } from './intent.schema';

/** Classifies the customer's message and routes on the intent found. */
export const intentDefinition = defineNode({
  kind: 'intent',
  label: { en: 'Recognise intent', zh: '识别意图' },
  description: { en: 'Route on what the customer wants', zh: '根据客户意图分流' },
  icon: 'target',
  category: 'ai',
  color: '#ec4899',
  settingsSchema: intentSettingsSchema,
  outcomes: (settings, context) => [...routedIntents(settings, context), 'fallback'],
  optionalOutcomes: () => [],
  waitsForInput: () => true,
  outcomeLabel: (outcome) =>
    outcome === 'fallback' ? outcomeLabel(outcome) : { en: outcome, zh: outcome },
  summary: (settings, locale) => {
    if (settings.intents.length === 0)
      return locale === 'zh' ? '识别全部意图' : 'Route on every intent';
    return `${locale === 'zh' ? '识别' : 'Route on'} ${settings.intents.join(', ')}`;
  },
  defaults: () => ({}),
  check: (settings, context) => [
    ...settings.intents.flatMap((name, index) => checkIntentRef(name, context, ['intents', index])),
    ...settings.entities.flatMap((capture, index) =>
      checkEntityRef(capture.entity, context, ['entities', index, 'entity']),
    ),
    ...checkFallbackName(settings, context),
  ],
});

/**
 * The intents the node routes on. With none listed it routes on every intent the
 * bot declares, which only a caller holding the document can know; without one,
 * only `fallback` is certain.
 */
function routedIntents(settings: IntentSettings, context: OutcomeContext | undefined): string[] {
  if (settings.intents.length > 0) return settings.intents;
  return context?.doc.intents.map((intent) => intent.name) ?? [];
}

/** An intent called `fallback` would share its handle with the fallback outcome. */
function checkFallbackName(settings: IntentSettings, context: NodeCheckContext): NodeCheckIssue[] {
  if (!routedIntents(settings, context).includes('fallback')) return [];
  return [
    {
      code: 'kind-rule',
      path: ['intents'],
      message: 'An intent named "fallback" clashes with the fallback outcome; rename the intent',
    },
  ];
}
