/**
 * The PostgreSQL the runtime's tests use: `DATABASE_URL` as given, or the embedded
 * one that `test/global-setup.cjs` started and put there.
 */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error('DATABASE_URL is not set; run the tests with apps/runtime/jest.config.cjs');
  return url;
}
