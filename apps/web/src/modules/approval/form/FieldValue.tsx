import { Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DetailColumn, FormField } from '@triad/contracts';
import { api } from '../../../app/api/index.ts';
import { FileList } from '../../../shared/files/index.ts';
import { useAttachmentFiles } from './attachment-files.tsx';
import { detailTotals, fieldLabel, rowsOf } from './form-values.ts';

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' && value ? [value] : [];

/** A person named by id; falls back to the id when the directory may not be read. */
function UserName({ id }: { id: string }) {
  const user = useQuery({
    queryKey: ['approval', 'userName', id],
    queryFn: () => api.get<{ displayName: string }>(`/api/v1/org/users/${id}`),
    staleTime: 300_000,
    retry: false,
  });
  return <Tag>{user.data?.displayName ?? id.slice(0, 8)}</Tag>;
}

/** Attached files as download links, named from the instance's files map. */
function AttachmentValue({ ids: fileIds }: { ids: string[] }) {
  const { files } = useAttachmentFiles();
  return <FileList ids={fileIds} files={files} />;
}

/** A read-only rendering of one form value. */
export function FieldValue({ field, value }: { field: FormField | DetailColumn; value: unknown }) {
  const { t, i18n } = useTranslation();
  const empty = <Typography.Text type="secondary">-</Typography.Text>;
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return empty;
  switch (field.type) {
    case 'money':
      return <span>¥ {String(value)}</span>;
    case 'number':
      return <span>{String(value)}{field.unit ? ` ${field.unit}` : ''}</span>;
    case 'select':
      return <span>{ids(value).map((v) => { const o = field.options.find((x) => x.value === v); return o ? fieldLabel(o, i18n.language) : v; }).join('、')}</span>;
    case 'user':
      return <span>{ids(value).map((id) => <UserName key={id} id={id} />)}</span>;
    case 'dateRange': {
      const range = value as { start?: unknown; end?: unknown };
      return <span>{String(range.start ?? '')} ~ {String(range.end ?? '')}</span>;
    }
    case 'attachment':
      return <AttachmentValue ids={ids(value)} />;
    case 'detail': {
      const rows = rowsOf(value);
      const totals = detailTotals(field.columns, rows);
      return (
        <Table<Record<string, unknown>>
          size="small" pagination={false} scroll={{ x: 'max-content' }} dataSource={rows} rowKey={(row) => String(rows.indexOf(row))}
          columns={[
            { key: '#', title: t('approval.form.rowNo'), width: 56, render: (_v, _r, i) => i + 1 },
            ...field.columns.map((c) => ({ key: c.key, title: fieldLabel(c, i18n.language), render: (_v: unknown, r: Record<string, unknown>) => <FieldValue field={c} value={r[c.key]} /> })),
          ]}
          summary={() => (Object.keys(totals).length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('approval.form.total')}</Table.Summary.Cell>
              {field.columns.map((c, i) => <Table.Summary.Cell key={c.key} index={i + 1}><strong>{totals[c.key] ?? ''}</strong></Table.Summary.Cell>)}
            </Table.Summary.Row>
          ) : null)}
        />
      );
    }
    default:
      return <span style={{ whiteSpace: 'pre-wrap' }}>{ids(value).join('、') || String(value)}</span>;
  }
}
