import { PortError, type LlmPort } from '@parley/engine';
import type { RuntimeConfig } from '../config/runtime-config.schema';

/** Why the LLM port cannot answer, by whether the installation names a provider. */
export const llmNotConfiguredReasons = {
  noProvider:
    'llm_not_configured: no LLM provider is configured (OPENAI_BASE_URL / OPENAI_API_KEY)',
  noAdapter:
    'llm_not_configured: an LLM provider is configured (OPENAI_BASE_URL / OPENAI_API_KEY), but this runtime has no provider adapter yet',
} as const;

/**
 * The LLM port. No provider adapter is part of the runtime yet (it needs the
 * official `openai` client), so every call is `not-configured`; the reason tells an
 * analyst whether settings are missing or the runtime cannot use them yet.
 */
export function createLlmPort(settings: RuntimeConfig['llm']): LlmPort {
  const configured = settings.baseUrl !== undefined || settings.apiKey !== undefined;
  const reason = configured
    ? llmNotConfiguredReasons.noAdapter
    : llmNotConfiguredReasons.noProvider;
  return { complete: () => Promise.reject(new PortError('llm', 'not-configured', reason)) };
}
