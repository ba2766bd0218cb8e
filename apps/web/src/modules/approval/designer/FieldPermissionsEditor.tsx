import { Radio, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldPermission, FormField } from '@triad/contracts';
import { fieldLabel } from '../form/form-values.ts';

interface Props {
  fields: FormField[];
  value: Record<string, FieldPermission> | undefined;
  onChange: (value: Record<string, FieldPermission>) => void;
  /** Unlisted fields count as this (read for approvers, edit for the initiator). */
  fallback: FieldPermission;
}

/** 字段权限: per form field, what this node's people may do with it. */
export function FieldPermissionsEditor({ fields, value = {}, onChange, fallback }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Table<FormField>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={fields}
      data-testid="approval-field-permissions"
      columns={[
        { key: 'label', title: t('approval.field.label'), render: (_v, field) => fieldLabel(field, i18n.language) },
        {
          key: 'perm', title: '',
          render: (_v, field) => (
            <Radio.Group
              size="small"
              value={value[field.key] ?? fallback}
              onChange={(e) => onChange({ ...value, [field.key]: e.target.value as FieldPermission })}
              options={(['read', 'edit', 'hidden'] as const).map((p) => ({ value: p, label: t(`approval.node.perm.${p}`) }))}
              optionType="button"
            />
          ),
        },
      ]}
    />
  );
}
