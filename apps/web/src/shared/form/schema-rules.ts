import type { Rule } from 'antd/es/form';
import { z } from 'zod';
import { issueMessage } from './issue-message.ts';

/** The object shape behind a schema, if it has one (refinements keep it; transforms do not). */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | null {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : null;
}

/**
 * Empty inputs arrive as '' from antd; the API means "absent" (or "cleared" where null is allowed).
 * Applied before validating and before sending, so the form and the server see the same value.
 */
export function normalizeValue(field: z.ZodType | undefined, value: unknown): unknown {
  const blank = typeof value === 'string' && value.trim() === '';
  if (!blank) return value;
  return field && field.safeParse(null).success ? null : undefined;
}

export function normalizeValues(schema: z.ZodType, values: Record<string, unknown>): Record<string, unknown> {
  const shape = shapeOf(schema);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) out[key] = normalizeValue(shape?.[key], value);
  return out;
}

export function isRequired(field: z.ZodType): boolean {
  return !field.safeParse(undefined).success && !field.safeParse(null).success;
}

/** antd rules for one field, derived from the contract schema (required mark + the field's checks). */
export function schemaRules(schema: z.ZodType, name: string): Rule[] {
  const field = shapeOf(schema)?.[name];
  if (!field) return [];
  const rules: Rule[] = [];
  if (isRequired(field)) rules.push({ required: true });
  rules.push({
    validator: async (_rule, value: unknown) => {
      const normalized = normalizeValue(field, value);
      // Emptiness is the `required` rule's business (with antd's own localized message).
      if (normalized === undefined || normalized === null) return;
      const result = field.safeParse(normalized);
      const issue = result.success ? undefined : result.error.issues[0];
      if (issue) throw new Error(issueMessage(issue));
    },
  });
  return rules;
}
