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
import { fileURLToPath } from 'node:url';
import { type RunningRuntime, startRuntime } from './app/start-runtime';

/**
 * The studio built beside this build in the repository (this file runs from
 * apps/runtime/dist/apps/runtime/src), unless PARLEY_STUDIO_DIR says otherwise.
 */
const repositoryStudio = fileURLToPath(new URL('../../../../../studio/dist', import.meta.url));
/** The widget built beside it, likewise, unless PARLEY_WIDGET_DIR says otherwise. */
const repositoryWidget = fileURLToPath(new URL('../../../../../widget/dist', import.meta.url));

let runtime: RunningRuntime | undefined;
let stopRequested = false;
onShutdownSignal(() => {
  stopRequested = true;
  if (runtime) exitAfterStop(runtime);
});

try {
  runtime = await startRuntime({
    PARLEY_STUDIO_DIR: repositoryStudio,
    PARLEY_WIDGET_DIR: repositoryWidget,
    ...process.env,
  });
  logUnhandledRejections(runtime.logger);
  console.log(`Parley is running at ${runtime.url} (API reference: ${runtime.url}/api/docs)`);
  if (stopRequested) exitAfterStop(runtime);
} catch (error) {
  console.error(describeStartFailure(error));
  process.exit(1);
}
