import type { Resource } from 'i18next';

/**
 * Every `locales/<language>/<namespace>.json`, picked up by file name so a feature
 * adds its own namespace file without editing a shared list.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

export function localeResources(): Resource {
  const resources: Resource = {};
  for (const [path, strings] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    const [, language, namespace] = match;
    resources[language] = { ...resources[language], [namespace]: strings };
  }
  return resources;
}

/** The namespaces found, so i18next loads them all up front. */
export function localeNamespaces(): string[] {
  return [...new Set(Object.values(localeResources()).flatMap((ns) => Object.keys(ns)))];
}
