import { Alert, Button, Space, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMe } from '../../../app/auth/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate } from '../../../shared/format.ts';
import { getCount, inventoryKeys } from '../api.ts';
import { qtyText, subtract } from '../numbers.ts';
import '../print.css';

/**
 * 盘点表 on paper: while counting, the counted column is left blank for the counters to write
 * in; once posted, it carries the counted quantities and differences, with the signature lines.
 */
export default function CountPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const count = useQuery({ queryKey: inventoryKeys.count(id), queryFn: () => getCount(id) });
  if (count.isPending) return <FullPageSpin />;
  const c = count.data;
  if (!c) return <Alert type="error" title={t('common.requestFailed')} />;
  const counting = c.status === 'counting';

  return (
    <div className="triad-print-sheet inv-count-sheet" style={{ background: '#fff', padding: 24 }} data-testid="count-print-sheet">
      <Space className="inv-no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>{t('inventory.counts.print')}</Button>
      </Space>
      <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 4 }}>{t('inventory.counts.sheetTitle')}</Typography.Title>
      <div style={{ textAlign: 'center', marginBottom: 12 }}>{me.tenant.name}</div>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 8 }}>
        <span>{t('inventory.counts.number')}：{c.number}</span>
        <span>{t('inventory.fields.warehouse')}：{c.warehouseName}</span>
        <span>{t('inventory.counts.countDate')}：{formatDate(c.countDate)}</span>
        <span>{t('inventory.fields.status')}：{t(`inventory.counts.statuses.${c.status}`)}</span>
      </div>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>{t('inventory.fields.itemCode')}</th>
            <th>{t('inventory.fields.itemName')}</th>
            <th>{t('inventory.fields.spec')}</th>
            <th>{t('inventory.fields.unit')}</th>
            <th>{t('inventory.counts.systemQty')}</th>
            <th>{t('inventory.counts.countedQty')}</th>
            <th>{t('inventory.counts.difference')}</th>
            <th>{t('inventory.fields.note')}</th>
          </tr>
        </thead>
        <tbody>
          {c.lines.map((l, i) => {
            const diff = l.countedQty === null ? null : subtract(l.countedQty, l.systemQty);
            return (
              <tr key={l.id}>
                <td className="num">{i + 1}</td>
                <td>{l.itemCode}</td>
                <td>{l.itemName}</td>
                <td>{l.spec ?? ''}</td>
                <td>{l.unitName}</td>
                <td className="num">{qtyText(l.systemQty)}</td>
                <td className="num blank">{counting && l.countedQty === null ? '' : qtyText(l.countedQty)}</td>
                <td className="num">{diff === null ? '' : qtyText(diff)}</td>
                <td>{l.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="signatures">
        <span>{t('inventory.counts.sign.counter')}：__________</span>
        <span>{t('inventory.counts.sign.checker')}：__________</span>
        <span>{t('inventory.counts.sign.keeper')}：__________</span>
        <span>{t('inventory.counts.sign.supervisor')}：__________</span>
      </div>
    </div>
  );
}
