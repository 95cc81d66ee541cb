import { BOT_EXPORT_FORMAT } from '@parley/flow';
import { z } from 'zod';
import {
  environmentNameSchema,
  environmentSecretsSchema,
} from '../environments/environment-request.schema';

export { BOT_EXPORT_FORMAT };
export const BOT_EXPORT_FORMAT_VERSION = 1;

const documentSchema = z.record(z.string(), z.unknown());

/**
 * A bot as one file: its draft, its versions with their notes, and what each
 * environment runs with which bot variables and secret *names*. Never a secret
 * value: an environment maps the names the document uses to vault names.
 */
export const botExportFileSchema = z.strictObject({
  format: z.literal(BOT_EXPORT_FORMAT),
  formatVersion: z.literal(BOT_EXPORT_FORMAT_VERSION, {
    error: `only format version ${BOT_EXPORT_FORMAT_VERSION} is supported`,
  }),
  exportedAt: z.iso.datetime({ offset: true }).optional(),
  bot: z.strictObject({
    name: z.string().trim().min(1).max(200),
    draft: documentSchema,
  }),
  versions: z
    .array(
      z.strictObject({
        number: z.number().int().min(1),
        note: z.string().max(2_000).default(''),
        author: z.string().max(320).default('imported'),
        publishedAt: z.iso.datetime({ offset: true }).optional(),
        document: documentSchema,
      }),
    )
    .max(10_000)
    .default([]),
  environments: z
    .array(
      z.strictObject({
        name: environmentNameSchema,
        version: z.number().int().min(1).nullable(),
        variables: z.record(z.string(), z.unknown()).default({}),
        secrets: environmentSecretsSchema.default({}),
      }),
    )
    .max(50)
    .default([]),
});
export type BotExportFile = z.infer<typeof botExportFileSchema>;
export type BotExportFileInput = z.input<typeof botExportFileSchema>;
