import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate } from '../../../shared/format.ts';
import { toCapitalAmount } from '../../finance-ledger/index.ts';
import { getOrder, procurementKeys } from '../api.ts';
import { formatMoney, formatPrice, formatQty, rateLabel } from '../decimal.ts';
import { PrintToolbar } from '../components/PrintToolbar.tsx';
import '../components/print-sheet.css';

/** 采购订单 on paper, for the supplier to confirm and stamp. */
export default function OrderPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const order = useQuery({ queryKey: procurementKeys.order(id), queryFn: () => getOrder(id) });
  if (order.isPending) return <FullPageSpin />;
  if (!order.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const o = order.data;
  const p = 'procurement.print';

  return (
    <>
      <PrintToolbar backTo={`/procurement/orders/${o.id}`} />
      <div className="proc-sheet triad-print-sheet" data-testid="order-print-sheet">
        <div className="proc-sheet-company">{me?.tenant.name}</div>
        <h1>{t(`${p}.orderTitle`)}</h1>
        <div className="proc-sheet-head">
          <div>{t(`${p}.supplier`)}：{o.supplierName}</div>
          <div>{t(`${p}.orderNumber`)}：{o.number}</div>
          <div>{t(`${p}.orderDate`)}：{formatDate(o.orderDate)}</div>
          <div>{t(`${p}.deliverTo`)}：{o.warehouseName}</div>
          <div>{t(`${p}.expectedDate`)}：{formatDate(o.expectedDate)}</div>
          <div>{t(`${p}.buyer`)}：{o.buyerName ?? ''}</div>
        </div>
        <table>
          <thead>
            <tr>
              <th style={{ width: 40 }}>{t(`${p}.lineNo`)}</th>
              <th>{t(`${p}.itemCode`)}</th>
              <th>{t(`${p}.itemName`)}</th>
              <th>{t(`${p}.spec`)}</th>
              <th>{t(`${p}.unit`)}</th>
              <th>{t(`${p}.quantity`)}</th>
              <th>{t(`${p}.price`)}</th>
              <th>{t(`${p}.taxRate`)}</th>
              <th>{t(`${p}.amount`)}</th>
              <th>{t(`${p}.expectedDate`)}</th>
            </tr>
          </thead>
          <tbody>
            {o.lines.map((l) => (
              <tr key={l.id}>
                <td style={{ textAlign: 'center' }}>{l.lineNo}</td>
                <td>{l.itemCode}</td>
                <td>{l.itemName}</td>
                <td>{l.spec}</td>
                <td style={{ textAlign: 'center' }}>{l.unitName}</td>
                <td className="num">{formatQty(l.quantity)}</td>
                <td className="num">{formatPrice(l.price)}</td>
                <td className="num">{rateLabel(l.taxRate)}</td>
                <td className="num">{formatMoney(l.gross)}</td>
                <td>{formatDate(l.expectedDate ?? o.expectedDate)}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={8} style={{ textAlign: 'right', fontWeight: 600 }}>{t(`${p}.total`)}</td>
              <td className="num" style={{ fontWeight: 600 }} data-testid="order-print-total">{formatMoney(o.grossAmount)}</td>
              <td />
            </tr>
            <tr>
              <td colSpan={10}>{t(`${p}.capital`)}：<span data-testid="order-print-capital">{toCapitalAmount(o.grossAmount)}</span></td>
            </tr>
          </tbody>
        </table>
        <div className="proc-sheet-note">{t(`${p}.orderTerms`)}{o.note ? ` ${o.note}` : ''}</div>
        <div className="proc-sheet-signs">
          <div>{t(`${p}.buyerSign`)}：</div>
          <div>{t(`${p}.approverSign`)}：</div>
          <div>{t(`${p}.supplierSign`)}：</div>
          <div>{t(`${p}.signDate`)}：</div>
        </div>
      </div>
    </>
  );
}
