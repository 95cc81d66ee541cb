import { removeTempDataDirs } from './temp-data-dir';

// Runs in every test file (jest `setupFilesAfterEnv`): data folders of started
// runtimes, embedded databases included, do not pile up in the temp folder.
afterAll(removeTempDataDirs);
