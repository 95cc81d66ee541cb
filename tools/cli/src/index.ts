/** `@parley/cli`: the `parley` command, usable as a library by other tools and tests. */
export { main } from './main';
export type { CommandIo } from './commands/command-io';
