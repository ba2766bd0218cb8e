// Reads the live OpenAPI document and makes inputs from its schemas, so the cross-cutting tests
// cover every route an engineer adds without being edited.
import { randomInt } from 'node:crypto';
import { eventTypes } from '@triad/contracts';
import { newId } from '../../apps/server/src/platform/db/index.ts';
import type { App } from '../../apps/server/src/app.ts';

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  default?: unknown;
}

export interface Parameter { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema: JsonSchema }

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI template, e.g. `/api/v1/org/users/{id}`. */
  path: string;
  params: Parameter[];
  body?: JsonSchema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

let components: Record<string, JsonSchema> = {};

function resolve(schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').pop() ?? '';
  return components[name] ?? {};
}

/** Every documented operation of the running app. */
export async function operations(app: App): Promise<Operation[]> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`openapi.json answered ${res.statusCode}`);
  const doc = res.json() as OpenApiDocument;
  components = doc.components?.schemas ?? {};
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const upper = method.toUpperCase();
      if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(upper)) continue;
      const body = op.requestBody?.content?.['application/json']?.schema;
      out.push({ method: upper as Operation['method'], path, params: op.parameters ?? [], body: body ? resolve(body) : undefined });
    }
  }
  return out;
}

export const pathParams = (op: Operation) => op.params.filter((p) => p.in === 'path');
export const queryParams = (op: Operation) => op.params.filter((p) => p.in === 'query');

/** The URL of an operation with path values filled in (already encoded by the caller when garbage). */
export function urlOf(op: Operation, path: Record<string, string>, query: Record<string, string | string[]> = {}): string {
  const filled = op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name] ?? encodeURIComponent(String(sample(op.params.find((p) => p.name === name)?.schema ?? {}, name))));
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : [v]) qs.append(k, one);
  const s = qs.toString();
  return s ? `${filled}?${s}` : filled;
}

/** Values some fields need to pass a handler's own checks (a reachable URL, a known event type). */
const hints: Record<string, unknown> = {
  url: 'https://example.com/triad-hook',
  eventTypes: [eventTypes[0]],
  scopes: ['*'],
  type: 'purchaseOrder',
  docType: 'purchaseRequest',
};

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
}

function sampleString(schema: JsonSchema): string {
  if (schema.format === 'uuid') return newId();
  if (schema.format === 'email') return `sample${randomInt(1e6)}@example.com`;
  if (schema.format === 'date-time') return new Date(Date.now() + 30 * 86400_000).toISOString();
  if (schema.format === 'date') return new Date().toISOString().slice(0, 10);
  const r = String(randomInt(100000, 999999));
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 10_000;
  const fits = (s: string) => s.length >= min && s.length <= max && (!schema.pattern || new RegExp(schema.pattern, 'u').test(s));
  const candidates = [`Sample-${r}x`, `sample${r}`, `Sample${r}`, `SP${r.slice(0, 4)}`, `sample.${r}`, `s_${r}`, `1380013${r.slice(0, 4)}`,
    'org.user.read', '*', 'SP', 'a'];
  const found = candidates.find(fits);
  if (found) return found;
  const base = `Sample-${r}x`.padEnd(min, 'x');
  return base.slice(0, Math.max(min, Math.min(max, base.length)));
}

/** A plausible valid value; nullable fields get null so optional references stay empty. */
export function sample(input: JsonSchema, name?: string, mode: 'full' | 'required' = 'full'): unknown {
  const schema = resolve(input);
  if (name && name in hints) return hints[name];
  if (schema.allOf?.[0]) return sample(schema.allOf[0], name, mode);
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    if (union.some((s) => s.type === 'null')) return null;
    return sample(union[0] ?? {}, name, mode);
  }
  if (schema.enum) return schema.enum.find((v) => v !== '') ?? schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  switch (typeOf(schema)) {
    case 'string': return sampleString(schema);
    case 'integer':
    case 'number': return Math.min(schema.maximum ?? Number.MAX_SAFE_INTEGER, Math.max(schema.minimum ?? 1, 1));
    case 'boolean': return true;
    case 'array': return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}, undefined, mode));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        if (mode === 'required' && !schema.required?.includes(key)) continue;
        out[key] = sample(prop, key, mode);
      }
      return out;
    }
    case 'null': return null;
    default: return 'sample';
  }
}

/** A value of another JSON type than the schema wants. */
export function wrongType(input: JsonSchema): unknown {
  const schema = resolve(input);
  switch (typeOf(schema)) {
    case 'string': return 12345;
    case 'integer':
    case 'number': return 'not-a-number';
    case 'boolean': return 'yes';
    case 'array': return { not: 'an array' };
    case 'object': return ['not', 'an', 'object'];
    default: return { unexpected: ['value'] };
  }
}

/** Every `id` found in a response (lists: `items[].id`, arrays of rows, single rows). */
export function collectIds(body: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(body)) for (const v of body) collectIds(v, into);
  else if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else if (typeof v === 'object') collectIds(v, into);
    }
  }
  return into;
}
