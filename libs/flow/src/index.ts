/**
 * `@parley/flow`: the bot document (schemas, types, migrations) and `validateBot`.
 * Depends on nothing else of Parley's; the studio, engine, runtime and CLI all build on it.
 */
export * from './document/bot-document.schema';
export * from './document/conversation-test.schema';
export * from './document/graph.schema';
export * from './document/identifier.schema';
export * from './document/localized.schema';
export * from './document/nlu.schema';
export * from './document/settings.schema';
export * from './document/variable.schema';
export type * from './catalog-contract';
export type * from './field-meta';
export type * from './problem';
export { isRecord } from './is-record';
export { BOT_EXPORT_FORMAT } from './bot-export-format';
export { messageText, type MessageTextSource } from './message-text';

export { parseBotDocument, type ParseBotDocumentResult } from './parse/parse-bot-document';
export { prototypeKeys, MAX_DOCUMENT_DEPTH } from './parse/unsafe-structure.scan';
export {
  migrateDocument,
  type AppliedMigration,
  type MigrateOptions,
  type MigrationResult,
} from './migrations/migrate-document';
export type { Migration, RawDocument } from './migrations/migration';
export { schemaMigrations, OLDEST_SCHEMA_VERSION } from './migrations/schema-migrations';

export {
  parseTemplate,
  type TemplateParseResult,
  type TemplateSegment,
} from './expressions/template.parser';
export { checkExpression, type ExpressionCheck } from './expressions/expression.checker';
export { checkTemplate, type TemplateCheck } from './expressions/template.checker';
export { expressionVariables } from './expressions/expression-variables';

export {
  botDocumentJsonSchema,
  renderBotDocumentJsonSchema,
  BOT_DOCUMENT_JSON_SCHEMA_FILE,
} from './json-schema/bot-document.json-schema';

export * from './diff/diff-bot-documents';
export { validateBot } from './validation/validate-bot';
export type {
  ValidateBotOptions,
  ValidationLocale,
} from './validation/messages/validation-messages';
export { testReferenceIssues, type TestReferenceIssue } from './validation/checks/tests.check';
export {
  referenceWidgets,
  widgetFields,
  type ReferenceWidget,
  type WidgetField,
} from './validation/widget-fields';
