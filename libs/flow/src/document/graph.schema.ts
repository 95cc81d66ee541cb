import { z } from 'zod';
import { idSchema, identifierSchema } from './identifier.schema';
import { variableTypeSchema } from './variable.schema';

/** React Flow's node shape: `type` is the node kind, `data` its settings. */
export const flowNodeSchema = z.object({
  id: idSchema,
  type: z.string().min(1).max(64),
  position: z.object({ x: z.number(), y: z.number() }),
  /** Checked against the kind's own schema by `validateBot`, not here. */
  data: z.record(z.string(), z.unknown()),
});
export type FlowNode = z.infer<typeof flowNodeSchema>;

/** An edge leaves one named outcome (`sourceHandle`) of its source node. */
export const flowEdgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  sourceHandle: z.string().min(1).max(128),
  target: idSchema,
});
export type FlowEdge = z.infer<typeof flowEdgeSchema>;

/** A value a flow takes when called as a subflow, or hands back when it returns. */
export const flowParameterSchema = z.object({
  name: identifierSchema,
  type: variableTypeSchema,
  required: z.boolean().default(true),
  description: z.string().max(2_000).optional(),
});
export type FlowParameter = z.infer<typeof flowParameterSchema>;

export const flowSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(2_000).optional(),
  /** Inputs when called as a subflow; inside the flow they are read as `vars.<name>`. */
  parameters: z.array(flowParameterSchema).max(50).default([]),
  /** Variables handed back to the caller when the flow ends. */
  returns: z.array(flowParameterSchema).max(50).default([]),
  nodes: z.array(flowNodeSchema).max(5_000),
  edges: z.array(flowEdgeSchema).max(20_000),
});
export type Flow = z.infer<typeof flowSchema>;
