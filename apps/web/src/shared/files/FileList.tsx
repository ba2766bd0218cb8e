import { Button, Space, Typography } from 'antd';
import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fileContentUrl, formatFileSize, type FileMeta } from './file-limits.ts';
import './files.i18n.ts';

interface Props {
  /** File ids in display order. */
  ids: string[];
  /** Known metadata by id; an id without metadata still downloads, named by its id's tail (UUIDv7 heads are timestamps). */
  files: Record<string, FileMeta | undefined>;
  /** Given when the list is editable. */
  onRemove?: (id: string) => void;
}

/** Attached files as download links with their sizes. */
export function FileList({ ids, files, onRemove }: Props) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      {ids.map((id) => {
        const meta = files[id];
        const name = meta?.name ?? t('files.unknown', { id: id.slice(-8) });
        return (
          <Space key={id} size={8} data-testid="file-item">
            <PaperClipOutlined style={{ color: '#8c8c8c' }} />
            <Typography.Link href={fileContentUrl(id)} download={meta?.name} aria-label={t('files.download', { name })} style={{ wordBreak: 'break-all' }}>
              {name}
            </Typography.Link>
            {meta ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatFileSize(meta.size)}</Typography.Text> : null}
            {onRemove ? (
              <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={t('files.remove')} onClick={() => onRemove(id)} data-testid="file-remove" />
            ) : null}
          </Space>
        );
      })}
    </Space>
  );
}
