import { localeSchema } from '@parley/flow';
import { z } from 'zod';
import { environmentNameSchema } from '../environments/environment-request.schema';

/** The longest widget title: it has to fit the window's header. */
export const MAX_TITLE_LENGTH = 60;
const MAX_GREETING_LENGTH = 500;
const MAX_LIST_LENGTH = 50;

export const channelIdSchema = z.uuid({ error: 'must be a channel id (a UUID)' });

/**
 * An origin exactly as browsers send it: scheme, host and port only. Anything
 * looser (a path, a wildcard, a trailing slash) would let more sites in than
 * the person typing it meant.
 */
export const originSchema = z.string().refine(isExactOrigin, {
  error:
    'must be an origin like https://shop.example.com or http://127.0.0.1:4567 (scheme, host and port only: no path, no wildcard)',
});

/** A host name (`cdn.example.com`, `127.0.0.1`), lower-case, without scheme or port. */
export const imageHostSchema = z
  .string()
  .regex(
    /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/,
    {
      error: 'must be a host name like cdn.example.com (no scheme, path or port)',
    },
  );

const themeFields = {
  primaryColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour as #RRGGBB, e.g. #1c7ed6' }),
  title: z
    .string()
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(MAX_TITLE_LENGTH, { error: `must be at most ${MAX_TITLE_LENGTH} characters` }),
  avatarUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
    .max(2_000)
    .nullable(),
  greeting: z.record(
    localeSchema,
    z
      .string()
      .trim()
      .max(MAX_GREETING_LENGTH, {
        error: `must be at most ${MAX_GREETING_LENGTH} characters`,
      }),
  ),
  position: z.enum(['right', 'left'], { error: 'must be "right" or "left"' }),
};

const uniqueList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z
    .array(item)
    .max(MAX_LIST_LENGTH, { error: `at most ${MAX_LIST_LENGTH} ${what}` })
    .refine((items) => new Set(items).size === items.length, {
      error: `lists the same ${what.replace(/s$/, '')} twice`,
    });

const channelName = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(100, { error: 'must be at most 100 characters' });

/** `POST …/channels`: only the environment is required; the rest has defaults. */
export const createChannelSchema = z.strictObject({
  environment: environmentNameSchema,
  kind: z.literal('web', { error: 'must be "web"' }).default('web'),
  name: channelName.optional(),
  enabled: z.boolean().default(true),
  theme: z.strictObject(themeFields).partial().optional(),
  allowedOrigins: uniqueList(originSchema, 'origins').default([]),
  allowedImageHosts: uniqueList(imageHostSchema, 'hosts').default([]),
});
export type CreateChannelRequest = z.infer<typeof createChannelSchema>;

/** `PATCH …/channels/:channelId`: fields to change; `theme` fields merge into the current theme. */
export const updateChannelSchema = z
  .strictObject({
    environment: environmentNameSchema.optional(),
    name: channelName.optional(),
    enabled: z.boolean().optional(),
    theme: z.strictObject(themeFields).partial().optional(),
    allowedOrigins: uniqueList(originSchema, 'origins').optional(),
    allowedImageHosts: uniqueList(imageHostSchema, 'hosts').optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'give at least one field to change' });
export type UpdateChannelRequest = z.infer<typeof updateChannelSchema>;

function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    // The URL parser keeps `*` in a host name; a wildcard must not pass for a host.
    return web && url.origin === value && !url.hostname.includes('*');
  } catch {
    return false;
  }
}
