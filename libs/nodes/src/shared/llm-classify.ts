import type { Json } from '@parley/engine';
import type { LlmClassifyLabel } from '../llm/llm.schema';

/** What the model answers when no label fits. */
export const NO_LABEL = 'none';

/** The instructions that turn a prompt into a classification over `labels`. */
export function classifyInstructions(labels: readonly LlmClassifyLabel[]): string {
  const lines = labels.map((label) =>
    label.description === '' ? `- ${label.name}` : `- ${label.name}: ${label.description}`,
  );
  return [
    'Classify the request into exactly one of these labels:',
    ...lines,
    `Reply with the label name only, or ${NO_LABEL} if no label fits.`,
  ].join('\n');
}

/**
 * The label a model's reply names: an exact match of a label name first, then a
 * case-insensitive one, after trimming quotes, backticks and final punctuation. A
 * JSON reply `{ "label": "…" }` is read too. `undefined` when it names no label.
 */
export function matchLabel(
  labels: readonly LlmClassifyLabel[],
  text: string,
  json: Json | undefined,
): string | undefined {
  const candidate = labelField(json) ?? text;
  const cleaned = candidate
    .trim()
    .replace(/^["'`*\s]+|["'`*.!。\s]+$/gu, '')
    .replace(/^label\s*[:：]\s*/iu, '');
  const exact = labels.find((label) => label.name === cleaned);
  if (exact !== undefined) return exact.name;
  const lower = cleaned.toLowerCase();
  return labels.find((label) => label.name.toLowerCase() === lower)?.name;
}

function labelField(json: Json | undefined): string | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const label = json['label'];
  return typeof label === 'string' ? label : undefined;
}
