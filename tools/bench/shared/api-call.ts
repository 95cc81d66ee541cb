/** A JSON call that must answer `expected`; anything else fails the run with the answer's body. */
export async function apiCall<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  expected: number,
  options: { body?: unknown; auth?: string },
): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.auth ? { authorization: options.auth } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  if (response.status !== expected)
    throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
