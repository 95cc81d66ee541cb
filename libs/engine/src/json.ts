import { z } from 'zod';

/** Any JSON value: what variables, node state and port payloads may hold. */
export const jsonSchema = z.json();
export type Json = z.infer<typeof jsonSchema>;

/** A JSON object, e.g. the variable store. */
export const jsonObjectSchema = z.record(z.string(), jsonSchema);
export type JsonObject = z.infer<typeof jsonObjectSchema>;
