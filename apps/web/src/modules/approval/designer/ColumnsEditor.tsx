import { Button, Input, Select, Space, Switch, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DetailColumn, FormSelectOption } from '@triad/contracts';
import { columnTypes, freeKey, retypeColumn } from './field-defaults.ts';

/** Options of a choice field, one per line ("value" or "value|label"). */
export function OptionsEditor({ options, onChange }: { options: FormSelectOption[]; onChange: (options: FormSelectOption[]) => void }) {
  const { t } = useTranslation();
  const text = options.map((o) => (o.value === o.label ? o.label : `${o.value}|${o.label}`)).join('\n');
  const parse = (value: string): FormSelectOption[] => value.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
    const [v = '', l] = line.split('|');
    // Keep the English label of an option that is still there; the text box edits only zh labels.
    const labelEn = options.find((o) => o.value === v.trim())?.labelEn;
    return { value: v.trim(), label: (l ?? v).trim(), ...(labelEn ? { labelEn } : {}) };
  });
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">{t('approval.field.options')}（{t('approval.field.optionsHelp')}）</Typography.Text>
      <Input.TextArea defaultValue={text} autoSize={{ minRows: 2, maxRows: 8 }} onBlur={(e) => onChange(parse(e.target.value))} data-testid="approval-field-options" />
    </div>
  );
}

/** Columns of a detail-rows field (明细). */
export function ColumnsEditor({ columns, onChange }: { columns: DetailColumn[]; onChange: (columns: DetailColumn[]) => void }) {
  const { t } = useTranslation();
  const set = (index: number, column: DetailColumn) => onChange(columns.map((c, i) => (i === index ? column : c)));
  return (
    <Space orientation="vertical" style={{ width: '100%', marginTop: 8, background: '#fafafa', padding: 8, borderRadius: 6 }} data-testid="approval-columns-editor">
      <Typography.Text type="secondary">{t('approval.field.columns')}</Typography.Text>
      {columns.map((column, index) => (
        <div key={index}>
        <Space wrap>
          <Input value={column.label} style={{ width: 140 }} placeholder={t('approval.field.label')} onChange={(e) => set(index, { ...column, label: e.target.value })} />
          <Input value={column.key} style={{ width: 120 }} placeholder={t('approval.field.key')} onChange={(e) => set(index, { ...column, key: e.target.value.trim() })} />
          <Select value={column.type} style={{ width: 110 }} onChange={(type: DetailColumn['type']) => set(index, retypeColumn(column, type))}
            options={columnTypes.map((type) => ({ value: type, label: t(`approval.field.types.${type}`) }))} />
          <Space size={4}><Switch size="small" checked={column.required ?? false} onChange={(required) => set(index, { ...column, required })} />{t('approval.field.required')}</Space>
          <Button type="text" danger icon={<DeleteOutlined />} onClick={() => onChange(columns.filter((_c, i) => i !== index))} aria-label={t('common.delete')} />
        </Space>
        {column.type === 'select' ? <OptionsEditor options={column.options} onChange={(options) => set(index, { ...column, options })} /> : null}
        </div>
      ))}
      <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...columns, { key: freeKey(columns.map((c) => c.key), 'col'), label: t('approval.field.newLabel'), type: 'text' }])}>
        {t('approval.field.addColumn')}
      </Button>
    </Space>
  );
}
