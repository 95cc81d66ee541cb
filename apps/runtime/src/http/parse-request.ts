import { BadRequestException } from '@nestjs/common';
import type { z } from 'zod';

/**
 * Parses a request part, or throws 400 listing each problem by path. The messages
 * are the schema's own and never quote the input, which may be a secret value.
 */
export function parseRequest<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input, { reportInput: false });
  if (parsed.success) return parsed.data;
  throw new BadRequestException({
    statusCode: 400,
    message: 'Invalid request',
    problems: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.code === 'unrecognized_keys' ? 'unknown field(s)' : issue.message,
    })),
  });
}
