import { z } from 'zod';
import { identifierSchema } from './identifier.schema';
import { localeSchema } from './localized.schema';

/** Example utterances per locale: `{ "en": ["where is my order"], "zh-CN": ["我的订单在哪"] }`. */
const utterancesSchema = z.record(localeSchema, z.array(z.string().min(1).max(1_000)).max(5_000));

export const intentSchema = z.object({
  name: identifierSchema,
  description: z.string().max(2_000).optional(),
  utterances: utterancesSchema,
});
export type Intent = z.infer<typeof intentSchema>;

/** Entities the NLU recognises without being declared. */
export const systemEntityNames = [
  'number',
  'date',
  'email',
  'phone',
  'money',
  'order_code',
] as const;
export type SystemEntityName = (typeof systemEntityNames)[number];

const entityValueSchema = z.object({
  value: z.string().min(1).max(200),
  synonyms: z.record(localeSchema, z.array(z.string().min(1).max(200))).default({}),
});

export const entitySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('list'),
    name: identifierSchema,
    values: z.array(entityValueSchema).min(1).max(10_000),
  }),
  z.object({
    kind: z.literal('regex'),
    name: identifierSchema,
    pattern: z.string().min(1).max(1_000),
  }),
]);
export type Entity = z.infer<typeof entitySchema>;
