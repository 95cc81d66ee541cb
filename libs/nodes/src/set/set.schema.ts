import { z } from 'zod';
import { mappingSchema } from '../shared/mapping.schema';

/** Settings of the set node: assignments applied in order, each seeing the ones before. */
export const setSettingsSchema = z.object({
  assignments: z
    .array(mappingSchema)
    .min(1)
    .max(100)
    .meta({ label: { en: 'Assignments', zh: '赋值' }, widget: 'list' }),
});
export type SetSettings = z.infer<typeof setSettingsSchema>;
