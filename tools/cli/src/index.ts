/** `@parley/cli`: the `parley` command, usable as a library by other tools and tests. */
export { main } from './main';
export type { CommandIo } from './commands/command-io';

// Conversation tests now live in their own library; re-exported for existing users.
export * from '@parley/conversation-tests';
export {
  readConversationTestFile,
  readEmbeddedTests,
} from './conversation-tests/conversation-test-file.reader';
