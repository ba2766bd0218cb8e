import { Button, Card, Empty, Input, Select, Space, Switch, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ComputedValue, FormField, FormSchema } from '@triad/contracts';
import { ColumnsEditor, OptionsEditor } from './ColumnsEditor.tsx';
import { fieldTypes, freeKey, retypeField } from './field-defaults.ts';
import { moveField } from './tree-ops.ts';

interface Props { schema: FormSchema; onChange: (schema: FormSchema) => void }

/** 表单设计: the request form's fields, in order, each with its type-specific settings. */
export function FieldsEditor({ schema, onChange }: Props) {
  const { t } = useTranslation();
  const fields = schema.fields;
  const set = (index: number, field: FormField) => onChange({ fields: fields.map((f, i) => (i === index ? field : f)) });
  const names = { item: t('approval.field.item'), amount: t('approval.field.amount') };
  const add = () => onChange({ fields: [...fields, { key: freeKey(fields.map((f) => f.key)), label: t('approval.field.newLabel'), type: 'text' }] });

  const computeEditor = (field: Extract<FormField, { type: 'number' | 'money' }>, index: number) => {
    const details = fields.filter((f): f is Extract<FormField, { type: 'detail' }> => f.type === 'detail');
    const ranges = fields.filter((f) => f.type === 'dateRange');
    const mode = field.compute?.op ?? 'none';
    const setCompute = (compute: ComputedValue | undefined) => set(index, { ...field, compute });
    const sumKey = field.compute?.op === 'sum' ? field.compute.detailKey : undefined;
    const detail = details.find((d) => d.key === sumKey);
    return (
      <Space wrap>
        <Typography.Text type="secondary">{t('approval.field.compute')}</Typography.Text>
        <Select style={{ width: 140 }} value={mode} data-testid={`approval-field-compute-${index}`}
          onChange={(op: string) => setCompute(op === 'sum' ? { op: 'sum', detailKey: details[0]?.key ?? '', columnKey: '' }
            : op === 'workingDays' ? { op: 'workingDays', rangeKey: ranges[0]?.key ?? '' } : undefined)}
          options={[
            { value: 'none', label: t('approval.field.computeNone') },
            { value: 'sum', label: t('approval.field.computeSum'), disabled: details.length === 0 },
            { value: 'workingDays', label: t('approval.field.computeDays'), disabled: ranges.length === 0 },
          ]} />
        {field.compute?.op === 'sum' ? (
          <>
            <Select style={{ width: 130 }} value={field.compute.detailKey || undefined} options={details.map((d) => ({ value: d.key, label: d.label }))}
              onChange={(detailKey: string) => setCompute({ op: 'sum', detailKey, columnKey: '' })} />
            <Select style={{ width: 130 }} value={field.compute.columnKey || undefined} data-testid={`approval-field-compute-column-${index}`}
              options={(detail?.columns ?? []).filter((c) => c.type === 'number' || c.type === 'money').map((c) => ({ value: c.key, label: c.label }))}
              onChange={(columnKey: string) => field.compute?.op === 'sum' && setCompute({ ...field.compute, columnKey })} />
          </>
        ) : null}
        {field.compute?.op === 'workingDays' ? (
          <Select style={{ width: 130 }} value={field.compute.rangeKey || undefined} options={ranges.map((r) => ({ value: r.key, label: r.label }))}
            onChange={(rangeKey: string) => setCompute({ op: 'workingDays', rangeKey })} />
        ) : null}
      </Space>
    );
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="approval-fields-editor">
      {fields.length === 0 ? <Empty description={t('approval.field.empty')} /> : null}
      {fields.map((field, index) => (
        <Card key={index} size="small" data-testid={`approval-field-card-${index}`}
          title={<Space wrap><Typography.Text strong>{field.label}</Typography.Text><Typography.Text type="secondary">{t(`approval.field.types.${field.type}`)}</Typography.Text></Space>}
          extra={(
            <Space size={0}>
              <Button type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onChange({ fields: moveField(fields, index, index - 1) })} aria-label={t('approval.field.up')} data-testid={`approval-field-up-${index}`} />
              <Button type="text" icon={<ArrowDownOutlined />} disabled={index === fields.length - 1} onClick={() => onChange({ fields: moveField(fields, index, index + 1) })} aria-label={t('approval.field.down')} />
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => onChange({ fields: fields.filter((_f, i) => i !== index) })} aria-label={t('common.delete')} data-testid={`approval-field-remove-${index}`} />
            </Space>
          )}
        >
          <Space wrap align="center">
            <Input addonBefore={t('approval.field.label')} value={field.label} style={{ width: 220 }} maxLength={60} onChange={(e) => set(index, { ...field, label: e.target.value })} data-testid={`approval-field-label-${index}`} />
            <Input addonBefore={t('approval.field.key')} value={field.key} style={{ width: 200 }} maxLength={40} onChange={(e) => set(index, { ...field, key: e.target.value.trim() })} data-testid={`approval-field-key-${index}`} />
            <Select style={{ width: 130 }} value={field.type} onChange={(type: FormField['type']) => set(index, retypeField(field, type, names))} data-testid={`approval-field-type-${index}`}
              options={fieldTypes.map((type) => ({ value: type, label: t(`approval.field.types.${type}`) }))} />
            <Space size={4}><Switch size="small" checked={field.required ?? false} onChange={(required) => set(index, { ...field, required })} />{t('approval.field.required')}</Space>
            {field.type === 'select' || field.type === 'user' || field.type === 'department' ? (
              <Space size={4}><Switch size="small" checked={field.multiple ?? false} onChange={(multiple) => set(index, { ...field, multiple })} />{t('approval.field.multiple')}</Space>
            ) : null}
          </Space>
          {field.type === 'select' ? <OptionsEditor options={field.options} onChange={(options) => set(index, { ...field, options })} /> : null}
          {field.type === 'detail' ? <ColumnsEditor columns={field.columns} onChange={(columns) => set(index, { ...field, columns })} /> : null}
          {field.type === 'number' || field.type === 'money' ? <div style={{ marginTop: 8 }}>{computeEditor(field, index)}</div> : null}
        </Card>
      ))}
      <Button type="dashed" block icon={<PlusOutlined />} onClick={add} data-testid="approval-field-add">{t('approval.field.add')}</Button>
    </Space>
  );
}
