/**
 * The actions the runtime records, for the filter's suggestions and their names in
 * the UI. An action missing here still shows (by its code) and can still be typed.
 */
export const knownAuditActions = [
  'auth.login',
  'auth.login_failed',
  'user.created',
  'user.role_changed',
  'api_key.created',
  'api_key.revoked',
  'secret.created',
  'secret.updated',
  'secret.deleted',
  'bot.created',
  'bot.deleted',
  'bot.draft_saved',
  'bot.draft_restored',
  'bot.published',
  'bot.exported',
  'bot.imported',
  'environment.created',
  'environment.updated',
  'environment.deployed',
  'environment.promoted',
  'environment.rolled_back',
  'environment.imported',
  'examples.seeded',
] as const;
