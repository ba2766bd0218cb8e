import { useState, type ReactNode } from 'react';
import { App as AntApp, Alert, Button, Card, Space, Typography } from 'antd';
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { downloadReport } from './excel-report.ts';
import type { ExportBase, ReportSheet } from './report-layout.ts';
import './report-print.css';

export interface ReportShellProps {
  /** Used for test ids (`<id>-export`, `<id>-print`) and the root's data-testid. */
  id: string;
  title: string;
  /** Period line of the print header and the export, e.g. "2026年1月 至 2026年11月". */
  periodText: string;
  filters?: ReactNode;
  /** Extra toolbar buttons (links to related pages). */
  actions?: ReactNode;
  /** Builds the Excel model from the loaded data; null = nothing to export yet. */
  buildExport?: (base: ExportBase) => ReportSheet | null;
  error?: unknown;
  onRetry?: () => void;
  children: ReactNode;
}

/**
 * The chrome every finance report shares: title + filters + 导出 Excel / 打印 on screen, and in print
 * only the company name, report title and period above the bordered table (report-print.css).
 */
export function ReportShell({ id, title, periodText, filters, actions, buildExport, error, onRetry, children }: ReportShellProps) {
  const { t } = useTranslation();
  const me = useMe();
  const { message } = AntApp.useApp();
  const mobile = useIsMobile();
  const [exporting, setExporting] = useState(false);
  const company = me.tenant.name;
  const exportModel = buildExport?.({
    title, company: t('financeReports.common.company', { name: company }), periodText, unit: t('financeReports.common.unit'),
  }) ?? null;

  const doExport = async () => {
    if (!exportModel) return;
    setExporting(true);
    try {
      await downloadReport(exportModel);
      void message.success(t('financeReports.common.exported', { file: exportModel.fileName }));
    } catch {
      void message.error(t('financeReports.common.exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  const toolbar = (
    <Space className="fin-report-screen-only" wrap>
      {actions}
      {buildExport && (
        <Button icon={<FileExcelOutlined />} onClick={() => void doExport()} loading={exporting} disabled={!exportModel} data-testid={`${id}-export`}>
          {t('financeReports.common.export')}
        </Button>
      )}
      <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid={`${id}-print`}>
        {t('financeReports.common.print')}
      </Button>
    </Space>
  );

  return (
    <div className="fin-report triad-print-sheet" data-testid={id}>
      <div className="fin-report-print-header" data-testid={`${id}-print-header`}>
        <div className="fin-report-print-title">{title}</div>
        <div className="fin-report-print-meta">
          <span>{t('financeReports.common.company', { name: company })}</span>
          <span>{periodText}</span>
          <span>{t('financeReports.common.unit')}</span>
        </div>
      </div>
      <Card
        title={<Typography.Title level={4} style={{ margin: 0 }}>{title}</Typography.Title>}
        // On a phone the buttons would squeeze the title: they move into the body.
        extra={mobile ? undefined : toolbar}
      >
        {mobile ? <div style={{ marginBottom: 12 }}>{toolbar}</div> : null}
        {filters && (
          <Space className="fin-report-screen-only" wrap style={{ marginBottom: 16 }} data-testid={`${id}-filters`}>
            {filters}
          </Space>
        )}
        {error ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('financeReports.common.loadFailed', { message: error instanceof Error ? error.message : String(error) })}
            action={onRetry && <Button size="small" onClick={onRetry}>{t('financeReports.common.retry')}</Button>}
          />
        ) : null}
        {children}
      </Card>
    </div>
  );
}
