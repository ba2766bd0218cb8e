import { Button, Checkbox, Popover, Space } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ListColumn } from './list.types.ts';

interface Props<T> {
  columns: ListColumn<T>[];
  hidden: string[];
  onChange: (hidden: string[]) => void;
  onReset: () => void;
}

export function ColumnSettings<T>({ columns, hidden, onChange, onReset }: Props<T>) {
  const { t } = useTranslation();
  const content = (
    <Space orientation="vertical" size={4} data-testid="column-settings-panel">
      {columns.map((column) => (
        <Checkbox
          key={column.key}
          checked={!hidden.includes(column.key)}
          onChange={(e) => onChange(e.target.checked ? hidden.filter((k) => k !== column.key) : [...hidden, column.key])}
          data-testid={`column-toggle-${column.key}`}
        >
          {column.title}
        </Checkbox>
      ))}
      <Button size="small" type="link" onClick={onReset} style={{ padding: 0 }}>
        {t('list.resetColumns')}
      </Button>
    </Space>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight" title={t('list.columns')}>
      <Button icon={<SettingOutlined />} aria-label={t('list.columns')} data-testid="column-settings" />
    </Popover>
  );
}
