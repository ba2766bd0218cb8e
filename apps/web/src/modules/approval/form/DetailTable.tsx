import { Button, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FormField } from '@triad/contracts';
import { FieldInput } from './FieldInput.tsx';
import { detailTotals, fieldLabel, rowsOf } from './form-values.ts';

type DetailField = Extract<FormField, { type: 'detail' }>;

interface Props {
  field: DetailField;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled?: boolean;
  testId?: string;
}

/** 明细: rows edited in place, numeric columns totalled live under the table. */
export function DetailTable({ field, value, onChange, disabled, testId }: Props) {
  const { t, i18n } = useTranslation();
  const rows = rowsOf(value);
  const totals = detailTotals(field.columns, rows);
  const setCell = (index: number, key: string, cell: unknown) => onChange(rows.map((r, i) => (i === index ? { ...r, [key]: cell } : r)));
  const canAdd = !disabled && (field.maxRows === undefined || rows.length < field.maxRows);

  return (
    <div data-testid={testId}>
      <Table<Record<string, unknown>>
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey={(_row) => String(rows.indexOf(_row))}
        dataSource={rows}
        columns={[
          { key: '#', title: t('approval.form.rowNo'), width: 56, render: (_v, _r, index) => index + 1 },
          ...field.columns.map((column) => ({
            key: column.key,
            title: `${column.required ? '* ' : ''}${fieldLabel(column, i18n.language)}`,
            width: column.type === 'text' ? 200 : 160,
            render: (_v: unknown, row: Record<string, unknown>, index: number) => (
              <div style={{ minWidth: 120 }}>
                <FieldInput field={column} value={row[column.key]} onChange={(cell) => setCell(index, column.key, cell)} disabled={disabled} testId={`${testId}-${index}-${column.key}`} />
              </div>
            ),
          })),
          ...(disabled ? [] : [{
            key: 'remove', title: '', width: 48,
            render: (_v: unknown, _r: Record<string, unknown>, index: number) => (
              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('approval.form.removeRow')} onClick={() => onChange(rows.filter((_row, i) => i !== index))} />
            ),
          }]),
        ]}
        summary={() => (Object.keys(totals).length > 0 && rows.length > 0 ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>{t('approval.form.total')}</Table.Summary.Cell>
            {field.columns.map((column, i) => (
              <Table.Summary.Cell key={column.key} index={i + 1}>
                <Typography.Text strong data-testid={`${testId}-total-${column.key}`}>{totals[column.key] ?? ''}</Typography.Text>
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : null)}
      />
      {canAdd ? (
        <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => onChange([...rows, {}])} data-testid={`${testId}-add`}>
          {t('approval.form.addRow')}
        </Button>
      ) : null}
    </div>
  );
}
