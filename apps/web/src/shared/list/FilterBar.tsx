import { useState } from 'react';
import { Button, Form, Input, Space } from 'antd';
import { FilterOutlined, ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../hooks/useIsMobile.ts';
import type { ListFilter } from './list.types.ts';

interface Props {
  filters: ListFilter[];
  initialValues?: Record<string, unknown>;
  onSearch: (values: Record<string, unknown>) => void;
}

/** The filter row of a list page; on a phone it folds behind a "筛选" button. */
export function FilterBar({ filters, initialValues, onSearch }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [open, setOpen] = useState(false);

  if (filters.length === 0) return null;
  if (mobile && !open) {
    return (
      <Button icon={<FilterOutlined />} onClick={() => setOpen(true)} style={{ marginBottom: 12 }} data-testid="list-filter-toggle">
        {t('list.filters')}
      </Button>
    );
  }

  return (
    <Form
      form={form}
      layout={mobile ? 'vertical' : 'inline'}
      initialValues={initialValues}
      onFinish={(values) => onSearch(values)}
      className={mobile ? 'triad-filters-stacked' : undefined}
      style={{ marginBottom: 12, rowGap: 12 }}
      data-testid="list-filters"
    >
      {filters.map((filter) => (
        <Form.Item key={filter.name} name={filter.name} label={filter.label} style={mobile ? { marginBottom: 8 } : undefined}>
          {filter.input ?? <Input allowClear placeholder={filter.placeholder} style={{ width: mobile ? '100%' : filter.width ?? 180 }} data-testid={`filter-${filter.name}`} />}
        </Form.Item>
      ))}
      <Form.Item style={mobile ? { marginBottom: 0 } : undefined}>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="list-filter-submit">
            {t('common.search')}
          </Button>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              form.resetFields();
              onSearch(form.getFieldsValue());
            }}
            data-testid="list-filter-reset"
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
