import { isRecord } from '../is-record';

/**
 * A small JSON Schema checker for specs (ajv is not a dependency): the keywords
 * `z.toJSONSchema` writes for the bot document — type, properties, required,
 * additionalProperties, propertyNames, items, min/max (items, length, value),
 * pattern, const, enum, anyOf, oneOf and local `$ref`s. Returns what fails, by path.
 */
export function jsonSchemaErrors(
  schema: unknown,
  value: unknown,
  root: unknown = schema,
  path = '$',
): string[] {
  if (schema === true || schema === undefined) return [];
  if (!isRecord(schema)) return [`${path}: schema is not an object`];
  const errors: string[] = [];
  const fail = (what: string) => errors.push(`${path}: ${what}`);
  if (typeof schema.$ref === 'string')
    errors.push(...jsonSchemaErrors(resolve(root, schema.$ref), value, root, path));
  if (typeof schema.type === 'string' && !hasType(value, schema.type))
    fail(`expected ${schema.type}`);
  if ('const' in schema && schema.const !== value) fail(`expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    fail('not one of the allowed values');
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((option) => jsonSchemaErrors(option, value, root, path).length === 0)
  ) {
    fail('matches no option of anyOf');
  }
  if (Array.isArray(schema.oneOf)) {
    const matching = schema.oneOf.filter(
      (option) => jsonSchemaErrors(option, value, root, path).length === 0,
    );
    if (matching.length !== 1) fail(`matches ${matching.length} options of oneOf`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) fail('too short');
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) fail('too long');
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      fail('does not match pattern');
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) fail('too small');
    if (typeof schema.maximum === 'number' && value > schema.maximum) fail('too large');
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      fail('too few items');
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      fail('too many items');
    value.forEach((item: unknown, i) =>
      errors.push(...jsonSchemaErrors(schema.items, item, root, `${path}[${i}]`)),
    );
  }
  if (isRecord(value)) errors.push(...objectErrors(schema, value, root, path));
  return errors;
}

function objectErrors(
  schema: Record<string, unknown>,
  value: Record<string, unknown>,
  root: unknown,
  path: string,
): string[] {
  const errors: string[] = [];
  const properties = isRecord(schema.properties) ? schema.properties : {};
  if (Array.isArray(schema.required)) {
    for (const key of schema.required)
      if (typeof key === 'string' && !(key in value)) errors.push(`${path}.${key}: required`);
  }
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (Object.hasOwn(properties, key))
      errors.push(...jsonSchemaErrors(properties[key], item, root, at));
    else if (schema.additionalProperties === false) errors.push(`${at}: not allowed`);
    else if (isRecord(schema.additionalProperties))
      errors.push(...jsonSchemaErrors(schema.additionalProperties, item, root, at));
    if (schema.propertyNames !== undefined)
      errors.push(...jsonSchemaErrors(schema.propertyNames, key, root, `${at} (key)`));
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return isRecord(value);
  if (type === 'null') return value === null;
  return typeof value === type;
}

function resolve(root: unknown, ref: string): unknown {
  let target: unknown = root;
  for (const part of ref.replace(/^#\//, '').split('/'))
    target = isRecord(target) ? target[part] : undefined;
  return target;
}
