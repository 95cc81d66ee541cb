import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/**
 * Parses a request body with a zod schema (made `.strict()` by the caller), so
 * unknown fields are refused: 400 naming them, along with every other problem.
 */
export class ZodBodyPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.output<T> {
    const parsed = this.schema.safeParse(value);
    if (parsed.success) return parsed.data;
    const unknownFields = parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key].join('.'))
        : [],
    );
    throw new BadRequestException({
      statusCode: 400,
      message: unknownFields.length
        ? `Unknown fields: ${unknownFields.join(', ')}`
        : 'The request is not valid',
      unknownFields,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
      })),
    });
  }
}
