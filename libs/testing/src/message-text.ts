/**
 * The one-line text of a message that specs assert on. It lives in `@parley/flow` so the
 * studio's simulator shows exactly what conversation tests compare; re-exported here
 * under the name this library's users already import.
 */
export { messageText } from '@parley/flow';
