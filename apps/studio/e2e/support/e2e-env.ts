/** What scripts/run-e2e.mjs tells the tests: where the runtime is, who may log in, where results go. */
export const e2eEnv = {
  url: required('PARLEY_E2E_URL'),
  email: required('PARLEY_E2E_EMAIL'),
  password: required('PARLEY_E2E_PASSWORD'),
  results: required('PARLEY_E2E_RESULTS'),
  chromium: required('CHROMIUM_PATH'),
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the end-to-end tests with \`npm run e2e\``);
  return value;
}
