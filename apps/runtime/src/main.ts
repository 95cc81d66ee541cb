/**
 * The runtime's entry point (`node dist/apps/runtime/src/main.js`, or `npm start`
 * at the repository root). Prints where it listens; on SIGTERM or SIGINT it
 * finishes requests in flight, stops the embedded database and exits 0. A start
 * that fails prints one line per problem and exits 1.
 */
import 'reflect-metadata';
import {
  describeStartFailure,
  exitAfterStop,
  logUnhandledRejections,
  onShutdownSignal,
} from './app/process-lifecycle';
import { type RunningRuntime, startRuntime } from './app/start-runtime';

let runtime: RunningRuntime | undefined;
let stopRequested = false;
onShutdownSignal(() => {
  stopRequested = true;
  if (runtime) exitAfterStop(runtime);
});

try {
  runtime = await startRuntime(process.env);
  logUnhandledRejections(runtime.logger);
  console.log(`Parley is running at ${runtime.url} (API reference: ${runtime.url}/api/docs)`);
  if (stopRequested) exitAfterStop(runtime);
} catch (error) {
  console.error(describeStartFailure(error));
  process.exit(1);
}
