import type { ReactNode } from 'react';
import { Button, Form, Table } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface EditableColumn {
  key: string;
  title: string;
  width?: number;
  required?: boolean;
  /** The input of one cell; `row` is the Form.List index. */
  render: (row: number) => ReactNode;
}

interface Props {
  /** Form.List name (e.g. "contacts"). */
  name: string;
  columns: EditableColumn[];
  addLabel: string;
  /** Values of a new row. */
  blank: () => Record<string, unknown>;
  testId: string;
}

/** A small grid of child rows edited in place (contacts, bank accounts, addresses, unit conversions). */
export function EditableRows({ name, columns, addLabel, blank, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={fields}
            data-testid={testId}
            columns={[
              ...columns.map((c) => ({
                key: c.key,
                title: c.required ? <><span style={{ color: '#ff4d4f', marginInlineEnd: 4 }}>*</span>{c.title}</> : c.title,
                width: c.width,
                render: (_: unknown, field: { name: number }) => c.render(field.name),
              })),
              {
                key: 'remove',
                width: 48,
                render: (_: unknown, field: { name: number }) => (
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} data-testid={`${testId}-remove-${field.name}`} />
                ),
              },
            ]}
          />
          <Button type="dashed" block icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add(blank())} data-testid={`${testId}-add`}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** A cell's form item without the label and bottom margin (errors still show under the input). */
export function Cell({ row, field, children, valuePropName, rules }: {
  row: number;
  field: string;
  children: ReactNode;
  valuePropName?: string;
  rules?: Array<{ required: boolean; message?: string }>;
}) {
  return (
    <Form.Item name={[row, field]} valuePropName={valuePropName} rules={rules} style={{ marginBottom: 0 }}>
      {children}
    </Form.Item>
  );
}
