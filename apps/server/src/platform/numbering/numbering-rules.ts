import type { NumberingRule, NumberingRuleInput } from '@triad/contracts';
import { recordAudit } from '../audit/index.ts';
import { docTypeDefinition, registeredDocTypes } from './doc-type.registry.ts';
import { formatNumber, periodOf, type NumberingRuleShape } from './number-format.ts';
import { configuredRules, effectiveRule, lastSequence, saveRule } from './numbering-rule.repository.ts';

/** What the next number would be today, without taking it. */
async function exampleOf(docType: string, rule: NumberingRuleShape, now: Date): Promise<string> {
  const next = (await lastSequence(docType, periodOf(rule.datePattern, now))) + 1;
  return formatNumber(rule, now, next);
}

async function view(docType: string, rule: NumberingRuleShape, configured: boolean, now: Date): Promise<NumberingRule> {
  return {
    docType,
    label: docTypeDefinition(docType)?.label ?? null,
    prefix: rule.prefix,
    datePattern: rule.datePattern,
    padding: rule.padding,
    separator: rule.separator,
    configured,
    example: await exampleOf(docType, rule, now),
  };
}

/** Registered types (with their defaults) and any type the company configured, by type key. */
export async function listNumberingRules(now = new Date()): Promise<NumberingRule[]> {
  const configured = await configuredRules();
  const types = new Set([...registeredDocTypes().map((d) => d.type), ...configured.keys()]);
  const out: NumberingRule[] = [];
  for (const type of [...types].sort()) {
    const saved = configured.get(type);
    out.push(await view(type, saved ?? (await effectiveRule(type)), saved !== undefined, now));
  }
  return out;
}

/** The counter is kept: changing the look of numbers never re-issues one already taken. */
export async function updateNumberingRule(docType: string, input: NumberingRuleInput, now = new Date()): Promise<NumberingRule> {
  const before = await effectiveRule(docType);
  await saveRule(docType, input);
  await recordAudit({
    entity: 'numberingRule',
    entityId: docType,
    action: 'update',
    before: before.configured ? { prefix: before.prefix, datePattern: before.datePattern, padding: before.padding, separator: before.separator } : null,
    after: input,
  });
  return view(docType, input, true, now);
}

export async function previewNumber(docType: string, edit: Partial<NumberingRuleInput> | null | undefined, now = new Date()): Promise<string> {
  const saved = await effectiveRule(docType);
  const rule: NumberingRuleShape = {
    prefix: edit?.prefix ?? saved.prefix,
    datePattern: edit?.datePattern ?? saved.datePattern,
    padding: edit?.padding ?? saved.padding,
    separator: edit?.separator ?? saved.separator,
  };
  return exampleOf(docType, rule, now);
}
