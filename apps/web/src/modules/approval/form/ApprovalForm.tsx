import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldPermission, FormSchema, FormValues } from '@triad/contracts';
import { FieldInput } from './FieldInput.tsx';
import { FieldValue } from './FieldValue.tsx';
import { fieldLabel, withComputed } from './form-values.ts';

interface Props {
  schema: FormSchema;
  values: FormValues;
  onChange?: (values: FormValues) => void;
  /** Per-field access; absent fields are editable when `editable`, read-only otherwise. */
  access?: Record<string, FieldPermission>;
  editable?: boolean;
  /** Keys to mark as missing after a submit attempt. */
  missing?: string[];
}

/** A request form rendered from its schema: inputs where the caller may edit, values elsewhere. */
export function ApprovalForm({ schema, values, onChange, access = {}, editable = false, missing = [] }: Props) {
  const { i18n } = useTranslation();
  const set = (key: string, value: unknown) => onChange?.(withComputed(schema.fields, { ...values, [key]: value }));
  return (
    <Form layout="vertical" component="div" data-testid="approval-form">
      {schema.fields.map((field) => {
        const permission = access[field.key] ?? (editable ? 'edit' : 'read');
        if (permission === 'hidden') return null;
        const canEdit = permission === 'edit' && onChange !== undefined;
        const isMissing = missing.includes(field.key);
        return (
          <Form.Item
            key={field.key}
            label={fieldLabel(field, i18n.language)}
            required={canEdit && field.required}
            validateStatus={isMissing ? 'error' : undefined}
            data-testid={`approval-field-${field.key}`}
          >
            {canEdit
              ? <FieldInput field={field} value={values[field.key]} onChange={(v) => set(field.key, v)} testId={`approval-input-${field.key}`} />
              : <FieldValue field={field} value={values[field.key]} />}
          </Form.Item>
        );
      })}
    </Form>
  );
}
