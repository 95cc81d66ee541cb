import { describe, expect, it } from 'vitest';
import { localeResources } from './locale-resources';

/** Every key path of a nested strings object; plural suffixes folded, since languages differ in plural forms. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key.replace(/_(zero|one|two|few|many|other)$/, '')}` : key),
  );
}

describe('UI strings', () => {
  const resources = localeResources();

  it('has every English namespace and key in Chinese, and nothing extra', () => {
    const en = resources.en ?? {};
    const zh = resources['zh-CN'] ?? {};
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const namespace of Object.keys(en)) {
      expect(new Set(keys(zh[namespace])), namespace).toEqual(new Set(keys(en[namespace])));
    }
  });

  it('has no empty string', () => {
    for (const [language, namespaces] of Object.entries(resources)) {
      for (const [namespace, strings] of Object.entries(namespaces)) {
        expect(JSON.stringify(strings), `${language}/${namespace}`).not.toContain('""');
      }
    }
  });
});
