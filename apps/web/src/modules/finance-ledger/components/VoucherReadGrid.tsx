import { useTranslation } from 'react-i18next';
import type { VoucherDetail } from '../api.ts';
import { sumCents } from '../money.ts';
import { DimensionText } from './DimensionCell.tsx';
import { GridTotals } from './GridTotals.tsx';
import { MoneyText } from './MoneyText.tsx';

/** A saved voucher's lines as text: posted / pending vouchers and the printed copy. */
export function VoucherReadGrid({ voucher }: { voucher: VoucherDetail }) {
  const { t } = useTranslation();
  return (
    <div className="fl-grid-wrap">
      <table className="fl-voucher-grid fl-read" data-testid="voucher-grid">
        <thead>
          <tr>
            <th className="fl-col-no">{t('financeLedger.voucher.lineNo')}</th>
            <th className="fl-col-summary">{t('financeLedger.voucher.summary')}</th>
            <th className="fl-col-account">{t('financeLedger.voucher.account')}</th>
            <th className="fl-col-dims">{t('financeLedger.voucher.dimensions')}</th>
            <th className="fl-col-amount">{t('financeLedger.voucher.debit')}</th>
            <th className="fl-col-amount">{t('financeLedger.voucher.credit')}</th>
          </tr>
        </thead>
        <tbody>
          {voucher.lines.map((line, index) => (
            <tr key={line.lineNo} data-testid="voucher-line">
              <td className="fl-col-no">{index + 1}</td>
              <td className="fl-wide">{line.summary}</td>
              <td className="fl-wide" data-testid="voucher-line-account">{line.accountCode} {line.accountName}</td>
              <td className="fl-wide"><DimensionText line={line} /></td>
              <td className="fl-col-amount" data-label={t('financeLedger.voucher.debit')}><MoneyText value={line.debit} blankZero testId="voucher-line-debit" /></td>
              <td className="fl-col-amount" data-label={t('financeLedger.voucher.credit')}><MoneyText value={line.credit} blankZero testId="voucher-line-credit" /></td>
            </tr>
          ))}
        </tbody>
        <GridTotals debit={sumCents(voucher.lines.map((l) => l.debit))} credit={sumCents(voucher.lines.map((l) => l.credit))} />
      </table>
    </div>
  );
}
