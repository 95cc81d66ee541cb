/** The file's JSON, or `undefined` when it is not JSON at all (the server need not be asked). */
export async function readImportFile(file: Blob): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** FileReader rather than `Blob.text()`: the test DOM (jsdom) has only the former. */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}
