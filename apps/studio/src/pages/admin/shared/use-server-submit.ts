import { useState } from 'react';

/**
 * The state of a dialog's one request: busy while it runs, and what the server refused
 * with, kept so the dialog can show it in place and stay open.
 */
export function useServerSubmit() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function run(request: () => Promise<void>) {
    setBusy(true);
    setFailure(null);
    try {
      await request();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return { busy, failure, run, clearFailure: () => setFailure(null) };
}
