import { useTranslation } from 'react-i18next';
import { toCapitalAmount } from '../capital-amount.ts';
import { centsToAmount } from '../money.ts';
import { MoneyText } from './MoneyText.tsx';

interface Props {
  debit: bigint;
  credit: bigint;
  /** The edit grid has a trailing column for the row buttons. */
  trailingCell?: boolean;
}

/** 合计 row: the capital amount (大写) of the total and the two column sums. */
export function GridTotals({ debit, credit, trailingCell }: Props) {
  const { t } = useTranslation();
  return (
    <tfoot>
      <tr className="fl-totals">
        <td colSpan={4} className="fl-wide">
          <span className="fl-total-label">{t('financeLedger.voucher.total')}</span>
          <span data-testid="voucher-capital">{t('financeLedger.voucher.capital', { amount: toCapitalAmount(debit) })}</span>
        </td>
        <td className="fl-col-amount" data-label={t('financeLedger.voucher.debit')}><MoneyText value={centsToAmount(debit)} strong testId="voucher-total-debit" /></td>
        <td className="fl-col-amount" data-label={t('financeLedger.voucher.credit')}><MoneyText value={centsToAmount(credit)} strong testId="voucher-total-credit" /></td>
        {trailingCell ? <td className="fl-col-ops fl-no-print" /> : null}
      </tr>
    </tfoot>
  );
}
