import { useState } from 'react';
import { Alert, Button, Modal, Space, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SpreadsheetImportRequest, SpreadsheetImportResult } from '../api.ts';

export interface SpreadsheetImportModalProps {
  open: boolean;
  title: string;
  /** GET url of the .xlsx template (header row + an example). */
  templateUrl: string;
  templateFileName: string;
  /** POST of the file; called with dryRun true (preview) and then false (import). */
  runImport: (body: SpreadsheetImportRequest) => Promise<SpreadsheetImportResult>;
  onClose: () => void;
  /** After a real import wrote something. */
  onImported: (result: SpreadsheetImportResult) => void;
  testId?: string;
}

interface Picked { fileName: string; contentBase64: string }

/** The file as base64 without the `data:…;base64,` prefix (the API takes JSON, not multipart). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/**
 * Excel import in three steps: download the template, upload a filled file for a dry run that
 * lists every row error (nothing written), then confirm. The server imports all rows or none.
 */
export function SpreadsheetImportModal({ open, title, templateUrl, templateFileName, runImport, onClose, onImported, testId = 'import' }: SpreadsheetImportModalProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<SpreadsheetImportResult | null>(null);
  const check = useMutation({ mutationFn: (p: Picked) => runImport({ ...p, dryRun: true }), onSuccess: setPreview });
  const commit = useMutation({
    mutationFn: (p: Picked) => runImport({ ...p, dryRun: false }),
    onSuccess: (result) => {
      if (result.errors.length > 0) {
        setPreview(result);
        return;
      }
      onImported(result);
      reset();
    },
  });

  const reset = () => {
    setPicked(null);
    setPreview(null);
    check.reset();
    commit.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const onFile = async (file: File) => {
    const p = { fileName: file.name, contentBase64: await readBase64(file) };
    setPicked(p);
    setPreview(null);
    check.mutate(p);
  };

  const rows = (preview?.created ?? 0) + (preview?.updated ?? 0);
  // An empty file (the template as downloaded) passes the check but has nothing to import.
  const ok = preview !== null && preview.errors.length === 0 && rows > 0;
  const step = ok ? 2 : picked ? 1 : 0;

  return (
    <Modal
      open={open}
      title={title}
      width={760}
      onCancel={close}
      destroyOnHidden
      footer={(
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!ok || !picked} loading={commit.isPending} onClick={() => picked && commit.mutate(picked)} data-testid={`${testId}-confirm`}>
            {t('partners.import.confirm', { count: rows })}
          </Button>
        </Space>
      )}
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 20 }}
        items={[{ title: t('partners.import.stepTemplate') }, { title: t('partners.import.stepCheck') }, { title: t('partners.import.stepConfirm') }]}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <Button icon={<DownloadOutlined />} href={templateUrl} download={templateFileName} data-testid={`${testId}-template`}>
          {t('partners.import.template')}
        </Button>
        <Upload
          accept=".xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void onFile(file);
            return false;
          }}
        >
          <Button type="primary" ghost icon={<UploadOutlined />} loading={check.isPending} data-testid={`${testId}-upload`}>
            {t('partners.import.upload')}
          </Button>
        </Upload>
        {picked ? <Typography.Text type="secondary">{picked.fileName}</Typography.Text> : null}
      </Space>
      <Typography.Paragraph type="secondary">{t('partners.import.help')}</Typography.Paragraph>
      {preview && preview.errors.length === 0 && rows === 0 ? (
        <Alert type="warning" showIcon title={t('partners.import.empty')} data-testid={`${testId}-empty`} />
      ) : null}
      {preview && (ok || preview.errors.length > 0) ? (
        ok ? (
          <Alert type="success" showIcon title={t('partners.import.ready', { created: preview.created, updated: preview.updated })} data-testid={`${testId}-ready`} />
        ) : (
          <>
            <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('partners.import.hasErrors', { count: preview.errors.length })} data-testid={`${testId}-errors`} />
            <Table
              size="small"
              rowKey={(e) => `${e.row}-${e.column ?? ''}-${e.code}`}
              dataSource={preview.errors}
              pagination={preview.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
              columns={[
                { title: t('partners.import.row'), dataIndex: 'row', width: 70, render: (row: number) => (row === 0 ? t('partners.import.file') : row) },
                { title: t('partners.import.column'), dataIndex: 'column', width: 160, render: (c: string | null) => c ?? '-' },
                { title: t('partners.import.problem'), dataIndex: 'message' },
              ]}
            />
          </>
        )
      ) : null}
    </Modal>
  );
}
