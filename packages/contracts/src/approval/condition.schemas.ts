import { z } from 'zod';

/**
 * Branch conditions as a small JSON expression language (never eval'd): a leaf compares one
 * subject with a constant, `all` / `any` combine leaves. Subjects are form field keys or the
 * initiator's attributes, as in DingTalk's condition editor ("发起人 属于 销售部", "金额 ≥ 50000").
 */
export const initiatorSubjects = ['initiator.userId', 'initiator.departmentId', 'initiator.roleCodes'] as const;
export type InitiatorSubject = (typeof initiatorSubjects)[number];

export const conditionOperators = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'notIn', 'contains', 'between'] as const;
export const conditionOperator = z.enum(conditionOperators);
export type ConditionOperator = z.infer<typeof conditionOperator>;

/**
 * Constants are strings (amounts as decimal strings, compared exactly) or string lists for
 * `in` / `notIn` / `between` ([low, high], inclusive).
 */
export const conditionValue = z.union([z.string().max(200), z.array(z.string().max(200)).max(200)]);
export type ConditionValue = z.infer<typeof conditionValue>;

export const conditionLeaf = z.object({
  field: z.string().min(1).max(64),
  op: conditionOperator,
  value: conditionValue,
});
export type ConditionLeaf = z.infer<typeof conditionLeaf>;

export type ConditionExpr = ConditionLeaf | { all: ConditionExpr[] } | { any: ConditionExpr[] };

export const conditionExpr: z.ZodType<ConditionExpr> = z.lazy(() =>
  z.union([
    conditionLeaf,
    z.object({ all: z.array(conditionExpr).max(50) }),
    z.object({ any: z.array(conditionExpr).max(50) }),
  ]),
);

export function isConditionLeaf(expr: ConditionExpr): expr is ConditionLeaf {
  return 'op' in expr;
}
