/** The environments every bot gets, in pipeline order; more can be added per bot. */
export const DEFAULT_ENVIRONMENTS = ['staging', 'production'] as const;
