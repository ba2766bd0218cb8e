import { Button, Space } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** Back and 打印 above a print sheet; neither appears on paper. */
export function PrintToolbar({ backTo }: { backTo: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Space className="proc-no-print" style={{ marginBottom: 16 }}>
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(backTo)}>{t('procurement.common.back')}</Button>
      <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-now">{t('procurement.common.print')}</Button>
    </Space>
  );
}
