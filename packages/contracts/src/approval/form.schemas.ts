import { z } from 'zod';

/**
 * Form schema of a request type (请假, 报销, …). An approval definition routes on these fields;
 * per-node field permissions refer to them by `key`. Values travel as JSON: money and numbers as
 * decimal strings (exact), dates as `YYYY-MM-DD`, people and departments as ids.
 */
export const formFieldKey = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'must start with a letter: letters, digits, _');

const fieldBase = {
  key: formFieldKey,
  label: z.string().trim().min(1).max(60),
  labelEn: z.string().trim().max(60).optional(),
  required: z.boolean().optional(),
  placeholder: z.string().max(200).optional(),
};

export const formFormSelectOption = z.object({
  value: z.string().min(1).max(60),
  label: z.string().min(1).max(60),
  labelEn: z.string().max(60).optional(),
});
export type FormSelectOption = z.infer<typeof formFormSelectOption>;

/**
 * A value the form computes itself, so nobody types a total twice: the sum of a detail column
 * (报销 total = Σ 明细 amounts) or the working days of a date range (请假天数).
 */
export const computedValue = z.discriminatedUnion('op', [
  z.object({ op: z.literal('sum'), detailKey: formFieldKey, columnKey: formFieldKey }),
  z.object({ op: z.literal('workingDays'), rangeKey: formFieldKey }),
]);
export type ComputedValue = z.infer<typeof computedValue>;

const textField = z.object({ ...fieldBase, type: z.literal('text'), multiline: z.boolean().optional(), maxLength: z.number().int().min(1).max(5000).optional() });
const numberField = z.object({
  ...fieldBase, type: z.literal('number'),
  min: z.string().optional(), max: z.string().optional(),
  precision: z.number().int().min(0).max(6).optional(),
  unit: z.string().max(20).optional(),
  compute: computedValue.optional(),
});
const moneyField = z.object({ ...fieldBase, type: z.literal('money'), currency: z.literal('CNY').optional(), compute: computedValue.optional() });
const dateField = z.object({ ...fieldBase, type: z.literal('date') });
const dateRangeField = z.object({ ...fieldBase, type: z.literal('dateRange') });
const selectField = z.object({ ...fieldBase, type: z.literal('select'), options: z.array(formFormSelectOption).max(200), multiple: z.boolean().optional() });
const userField = z.object({ ...fieldBase, type: z.literal('user'), multiple: z.boolean().optional() });
const departmentField = z.object({ ...fieldBase, type: z.literal('department'), multiple: z.boolean().optional() });
const attachmentField = z.object({ ...fieldBase, type: z.literal('attachment'), maxFiles: z.number().int().min(1).max(50).optional() });

/** Field types allowed as a column of detail rows (明细). */
export const detailColumn = z.discriminatedUnion('type', [
  textField, numberField.omit({ compute: true }), moneyField.omit({ compute: true }), dateField, selectField, userField, departmentField, attachmentField,
]);
export type DetailColumn = z.infer<typeof detailColumn>;

const detailField = z.object({
  ...fieldBase, type: z.literal('detail'),
  columns: z.array(detailColumn).max(30),
  minRows: z.number().int().min(0).max(500).optional(),
  maxRows: z.number().int().min(1).max(500).optional(),
});

export const formField = z.discriminatedUnion('type', [
  textField, numberField, moneyField, dateField, dateRangeField, selectField, userField, departmentField, attachmentField, detailField,
]);
export type FormField = z.infer<typeof formField>;
export type FormFieldType = FormField['type'];

export const formSchema = z.object({ fields: z.array(formField).max(100) });
export type FormSchema = z.infer<typeof formSchema>;

/** `{ start, end }` of a dateRange field, both `YYYY-MM-DD`, inclusive. */
export const dateRangeValue = z.object({ start: z.iso.date(), end: z.iso.date() });
export type DateRangeValue = z.infer<typeof dateRangeValue>;

/** Submitted values keyed by field key; the engine checks them against the form schema. */
export const formValues = z.record(formFieldKey, z.unknown());
export type FormValues = Record<string, unknown>;

/** Per-node field permission (节点字段权限); fields not listed are read-only for approvers. */
export const fieldPermission = z.enum(['read', 'edit', 'hidden']);
export type FieldPermission = z.infer<typeof fieldPermission>;
export const fieldPermissions = z.record(formFieldKey, fieldPermission);
