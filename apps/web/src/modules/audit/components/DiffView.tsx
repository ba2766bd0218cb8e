import { useState } from 'react';
import { Empty, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { diffRows, type DiffRow } from './audit-diff.ts';

interface Props {
  before: unknown;
  after: unknown;
}

export function DiffView({ before, after }: Props) {
  const { t } = useTranslation();
  const [changedOnly, setChangedOnly] = useState(true);
  const rows = diffRows(before, after);
  const visible = changedOnly ? rows.filter((r) => r.changed) : rows;
  return (
    <>
      <div style={{ marginBottom: 8 }}>
        <Switch size="small" checked={changedOnly} onChange={setChangedOnly} /> <Typography.Text>{t('audit.changedOnly')}</Typography.Text>
      </div>
      {visible.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noChanges')} /> : (
        <Table<DiffRow>
          rowKey="field"
          size="small"
          pagination={false}
          dataSource={visible}
          scroll={{ x: 'max-content' }}
          data-testid="audit-diff"
          columns={[
            { key: 'field', title: t('audit.field'), dataIndex: 'field', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { key: 'before', title: t('audit.before'), render: (_v, r) => <Typography.Text delete={r.changed && r.before !== ''} type={r.changed ? 'danger' : undefined} style={{ wordBreak: 'break-all' }}>{r.before}</Typography.Text> },
            { key: 'after', title: t('audit.after'), render: (_v, r) => <Typography.Text type={r.changed ? 'success' : undefined} style={{ wordBreak: 'break-all' }}>{r.after}</Typography.Text> },
          ]}
        />
      )}
    </>
  );
}
