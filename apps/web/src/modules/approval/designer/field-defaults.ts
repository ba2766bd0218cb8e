import type { DetailColumn, FormField, FormFieldType } from '@triad/contracts';

export const fieldTypes: FormFieldType[] = ['text', 'number', 'money', 'date', 'dateRange', 'select', 'user', 'department', 'attachment', 'detail'];
export const columnTypes: DetailColumn['type'][] = ['text', 'number', 'money', 'date', 'select', 'user', 'department'];

/** A key not yet used by the form: field1, field2, … */
export function freeKey(used: string[], prefix = 'field'): string {
  let n = used.length + 1;
  while (used.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** The same field as another type, keeping what every type shares (key, label, required). */
export function retypeField(field: FormField, type: FormFieldType, names: { item: string; amount: string }): FormField {
  const base = { key: field.key, label: field.label, labelEn: field.labelEn, required: field.required, placeholder: field.placeholder };
  switch (type) {
    case 'select': return { ...base, type, options: [{ value: 'a', label: 'A' }] };
    case 'detail': return { ...base, type, columns: [{ key: 'item', label: names.item, type: 'text' }, { key: 'amount', label: names.amount, type: 'money' }] };
    default: return { ...base, type };
  }
}

export function retypeColumn(column: DetailColumn, type: DetailColumn['type']): DetailColumn {
  const base = { key: column.key, label: column.label, labelEn: column.labelEn, required: column.required };
  return type === 'select' ? { ...base, type, options: [{ value: 'a', label: 'A' }] } : { ...base, type };
}
