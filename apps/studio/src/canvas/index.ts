export { FlowEditor, type FlowEditorProps } from './flow-editor';
export type { BotDraft, DraftApi, LoadedDraft, SaveResult } from '../draft/draft-api';
