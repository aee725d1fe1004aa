// A small JSON Schema (draft 2020-12) validator for the keywords the committed schemas use, so tests can check real
// payloads against the committed file itself (ajv is not a dependency). A keyword it does not know is an error, never
// silently passed.

type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', 'title', 'description']);
const KNOWN = new Set([
  ...ANNOTATIONS,
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  'oneOf',
  'minimum',
  'maximum',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : Number.isFinite(v) ? 'number' : 'not finite';
  return typeof v;
}

function hasType(v: unknown, type: string): boolean {
  const t = typeOf(v);
  return t === type || (type === 'number' && t === 'integer');
}

/** Every way `value` fails `schema`, as "path: what" lines; empty when it is valid. */
export function validateJsonSchema(schema: Schema, value: unknown, path = '$'): string[] {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`${path}: unsupported keyword ${k}`);
  const errors: string[] = [];
  const sub = (s: unknown, v: unknown, p: string) => validateJsonSchema(s as Schema, v, p);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => hasType(value, t))) return [`${path}: ${typeOf(value)} is not ${types.join(' or ')}`];
  }
  if ('const' in schema && JSON.stringify(schema.const) !== JSON.stringify(value))
    errors.push(`${path}: not ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).some((e) => JSON.stringify(e) === JSON.stringify(value)))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((v, i) => errors.push(...sub(schema.items, v, `${path}[${i}]`)));
  if (typeOf(value) === 'object') errors.push(...objectErrors(schema, value as Record<string, unknown>, path));
  for (const [keyword, wanted] of [
    ['anyOf', (n: number) => n >= 1],
    ['oneOf', (n: number) => n === 1],
  ] as const) {
    const options = schema[keyword] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((o, i) => sub(o, value, `${path}/${keyword}/${i}`).length === 0).length;
    if (!wanted(passing)) errors.push(`${path}: ${passing} of the ${keyword} options match`);
  }
  return errors;
}

function objectErrors(schema: Schema, value: Record<string, unknown>, path: string): string[] {
  const errors: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const k of (schema.required ?? []) as string[]) if (!(k in value)) errors.push(`${path}: ${k} is missing`);
  for (const [k, v] of Object.entries(value)) {
    if (schema.propertyNames)
      errors.push(...validateJsonSchema(schema.propertyNames as Schema, k, `${path}[key ${k}]`));
    if (Object.hasOwn(properties, k)) errors.push(...validateJsonSchema(properties[k]!, v, `${path}.${k}`));
    else if (schema.additionalProperties === false) errors.push(`${path}: ${k} is not allowed`);
    else if (typeof schema.additionalProperties === 'object')
      errors.push(...validateJsonSchema(schema.additionalProperties as Schema, v, `${path}.${k}`));
  }
  return errors;
}

/** The schema with `additionalProperties: false` on every object that lists its properties: no unknown field passes. */
export function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] =
      k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closed(s)])) : closed(v);
  }
  if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}
