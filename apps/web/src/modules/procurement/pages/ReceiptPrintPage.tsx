import { Alert } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate } from '../../../shared/format.ts';
import { toCapitalAmount } from '../../finance-ledger/index.ts';
import { getReceipt, procurementKeys } from '../api.ts';
import { formatMoney, formatPrice, formatQty } from '../decimal.ts';
import { PrintToolbar } from '../components/PrintToolbar.tsx';
import '../components/print-sheet.css';

/** 入库单 on paper: the warehouse keeps one copy, finance gets one with the supplier's invoice. */
export default function ReceiptPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const receipt = useQuery({ queryKey: procurementKeys.receipt(id), queryFn: () => getReceipt(id) });
  if (receipt.isPending) return <FullPageSpin />;
  if (!receipt.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const r = receipt.data;
  const p = 'procurement.print';

  return (
    <>
      <PrintToolbar backTo={`/procurement/receipts/${r.id}`} />
      <div className="proc-sheet triad-print-sheet" data-testid="receipt-print-sheet">
        <div className="proc-sheet-company">{me?.tenant.name}</div>
        <h1>{t(`${p}.receiptTitle`)}</h1>
        <div className="proc-sheet-head">
          <div>{t(`${p}.supplier`)}：{r.supplierName}</div>
          <div>{t(`${p}.receiptNumber`)}：{r.number}</div>
          <div>{t(`${p}.receiptDate`)}：{formatDate(r.receiptDate)}</div>
          <div>{t(`${p}.warehouse`)}：{r.warehouseName}</div>
          <div>{t(`${p}.orderNumber`)}：{r.orderNumber}</div>
          <div>{t(`${p}.voucherNumber`)}：{r.voucherNumber ?? ''}</div>
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
              <th>{t(`${p}.unitCost`)}</th>
              <th>{t(`${p}.netAmount`)}</th>
            </tr>
          </thead>
          <tbody>
            {r.lines.map((l, i) => (
              <tr key={l.id}>
                <td style={{ textAlign: 'center' }}>{i + 1}</td>
                <td>{l.itemCode}</td>
                <td>{l.itemName}</td>
                <td>{l.spec}</td>
                <td style={{ textAlign: 'center' }}>{l.unitName}</td>
                <td className="num">{formatQty(l.quantity)}</td>
                <td className="num">{formatPrice(l.unitCost)}</td>
                <td className="num">{formatMoney(l.net)}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={7} style={{ textAlign: 'right', fontWeight: 600 }}>{t(`${p}.total`)}</td>
              <td className="num" style={{ fontWeight: 600 }} data-testid="receipt-print-total">{formatMoney(r.netAmount)}</td>
            </tr>
            <tr>
              <td colSpan={8}>{t(`${p}.capital`)}：<span data-testid="receipt-print-capital">{toCapitalAmount(r.netAmount)}</span></td>
            </tr>
          </tbody>
        </table>
        <div className="proc-sheet-note">{t(`${p}.receiptTerms`)}{r.note ? ` ${r.note}` : ''}</div>
        <div className="proc-sheet-signs">
          <div>{t(`${p}.keeperSign`)}：{r.receivedByName ?? ''}</div>
          <div>{t(`${p}.inspectorSign`)}：</div>
          <div>{t(`${p}.delivererSign`)}：</div>
          <div>{t(`${p}.accountantSign`)}：</div>
        </div>
      </div>
    </>
  );
}
