import { useRef, useState } from 'react';
import { Button, Progress, Space, Typography, Upload, type UploadProps } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { feedback, isApiError, uploadFile } from '../../app/api/index.ts';
import { checkFile, type FileMeta } from './file-limits.ts';
import { FileList } from './FileList.tsx';
import './files.i18n.ts';

interface Props {
  /** Ids of the attached files. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** Metadata of files known so far, so attached ones show their names. */
  files: Record<string, FileMeta | undefined>;
  /** Called with each finished upload so the owner can remember its metadata. */
  onUploaded?: (file: FileMeta) => void;
  maxFiles?: number;
  disabled?: boolean;
}

interface Pending { uid: string; name: string; percent: number }

/** Attach files: each is uploaded at once and only its id travels with the form or action. */
export function FileUpload({ value, onChange, files, onUploaded, maxFiles, disabled }: Props) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending[]>([]);
  // Several uploads finish independently; each must add to the latest list, not the one it started with.
  const latest = useRef(value);
  latest.current = value;

  const beforeUpload: UploadProps['beforeUpload'] = (file, batch) => {
    const problem = checkFile(file.size, value.length + pending.length, batch.indexOf(file), maxFiles);
    if (problem === null) return true;
    // One message per batch for "too many", one per file otherwise.
    if (problem !== 'tooMany' || batch.indexOf(file) + value.length + pending.length === maxFiles) {
      feedback.message?.error(t(`files.${problem}`, { name: file.name, max: maxFiles }));
    }
    return Upload.LIST_IGNORE;
  };

  const customRequest: UploadProps['customRequest'] = (options) => {
    const file = options.file;
    if (!(file instanceof File)) return;
    const uid = 'uid' in file && typeof file.uid === 'string' ? file.uid : `${file.name}-${Date.now()}`;
    setPending((list) => [...list, { uid, name: file.name, percent: 0 }]);
    uploadFile(file, (percent) => {
      setPending((list) => list.map((p) => (p.uid === uid ? { ...p, percent } : p)));
      options.onProgress?.({ percent });
    }).then((stored) => {
      setPending((list) => list.filter((p) => p.uid !== uid));
      onUploaded?.({ id: stored.id, name: stored.name, size: stored.size, mimeType: stored.mimeType });
      onChange([...latest.current, stored.id]);
      options.onSuccess?.(stored);
    }, (error: unknown) => {
      setPending((list) => list.filter((p) => p.uid !== uid));
      const message = isApiError(error) || error instanceof Error ? error.message : String(error);
      feedback.message?.error(t('files.failed', { name: file.name, message }));
      options.onError?.(error instanceof Error ? error : new Error(message));
    });
  };

  const full = maxFiles !== undefined && value.length + pending.length >= maxFiles;
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }}>
      {!disabled ? (
        <Space wrap size={8}>
          <Upload multiple={maxFiles !== 1} showUploadList={false} beforeUpload={beforeUpload} customRequest={customRequest} disabled={full}>
            <Button icon={<UploadOutlined />} disabled={full} data-testid="file-upload">{t('files.upload')}</Button>
          </Upload>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {maxFiles !== undefined ? t('files.limitHintMax', { max: maxFiles }) : t('files.limitHint')}
          </Typography.Text>
        </Space>
      ) : null}
      <FileList ids={value} files={files} onRemove={disabled ? undefined : (id) => onChange(value.filter((v) => v !== id))} />
      {pending.map((p) => (
        <div key={p.uid} data-testid="file-uploading">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p.name} · {t('files.uploading', { percent: p.percent })}</Typography.Text>
          <Progress percent={p.percent} size="small" showInfo={false} />
        </div>
      ))}
    </Space>
  );
}
