import { z } from 'zod';
import { jsonSchema, type Json } from '@parley/engine';
import type { LlmExtractField } from '../llm/llm.schema';

/**
 * The JSON Schema the model is asked to fill in extract mode: one property per field,
 * the required ones listed, nothing else allowed. Optional fields may be `null`, so a
 * model has an honest way to say "not mentioned".
 */
export function extractJsonSchema(fields: readonly LlmExtractField[]): Record<string, Json> {
  const properties: Record<string, Json> = {};
  for (const field of fields) {
    const type: Json = field.required ? field.type : [field.type, 'null'];
    properties[field.name] =
      field.description === '' ? { type } : { type, description: field.description };
  }
  return {
    type: 'object',
    properties,
    required: fields.filter((field) => field.required).map((field) => field.name),
    additionalProperties: false,
  };
}

/** The outcome of checking a model's extraction. */
export type ExtractParse =
  { ok: true; values: { field: LlmExtractField; value: Json }[] } | { ok: false; reason: string };

/**
 * Checks a model's reply against the fields: the provider's parsed `json` when it has
 * one, else the reply text as JSON (a Markdown code fence around it is tolerated).
 * Numbers written as strings ("42") and booleans as "true"/"false" are accepted, since
 * models do that; a missing or `null` required field, or a value of the wrong type, is
 * an error. Optional fields that are absent or `null` are left out of `values`.
 */
export function parseExtraction(
  fields: readonly LlmExtractField[],
  text: string,
  json: Json | undefined,
): ExtractParse {
  const raw = json ?? parseJsonText(text);
  if (raw === undefined) return { ok: false, reason: 'The LLM reply is not valid JSON' };
  const shape: Record<string, z.ZodType<Json | undefined>> = {};
  for (const field of fields) {
    const base = valueSchemas[field.type];
    shape[field.name] = field.required ? base : base.nullish();
  }
  const parsed = z.object(shape).safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(reply)'}: ${issue.message}`,
    );
    return { ok: false, reason: `The LLM reply does not fit the fields (${problems.join('; ')})` };
  }
  const values: { field: LlmExtractField; value: Json }[] = [];
  for (const field of fields) {
    const value = parsed.data[field.name];
    if (value !== undefined && value !== null) values.push({ field, value });
  }
  return { ok: true, values };
}

const valueSchemas: Readonly<Record<LlmExtractField['type'], z.ZodType<Json>>> = {
  string: z.string(),
  number: z.union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/, 'expected a number')
      .transform(Number),
  ]),
  boolean: z.union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')]),
};

/** Parses JSON text, tolerating a ```json fence; `undefined` when it is not JSON. */
export function parseJsonText(text: string): Json | undefined {
  const fenced = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/i.exec(text);
  const body = fenced?.[1] ?? text;
  try {
    const parsed = jsonSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
