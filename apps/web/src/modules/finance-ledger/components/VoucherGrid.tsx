import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Input, Tooltip } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Account } from '../api.ts';
import { centsToAmount, isNegativeAmount, normalizeAmount, parseCents } from '../money.ts';
import { expandSummary, nextLine, setAccount, setAmount, voucherTotals, type EditLine } from '../voucher-lines.ts';
import { AccountSelect } from './AccountSelect.tsx';
import { DimensionInputs } from './DimensionCell.tsx';
import { GridTotals } from './GridTotals.tsx';
import { focusNextCell, focusRowStart } from './grid-navigation.ts';

interface Props {
  lines: EditLine[];
  onChange: (lines: EditLine[]) => void;
  accounts: Map<string, Account>;
  /** After a failed save: mark the cells that are still missing. */
  showMissing: boolean;
}

/** The editable entry grid of a voucher: 摘要 / 会计科目 / 辅助核算 / 借方 / 贷方, plus the 合计 row. */
export function VoucherGrid({ lines, onChange, accounts, showMissing }: Props) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const totals = voucherTotals(lines);

  useEffect(() => {
    if (focusRow === null) return;
    focusRowStart(root.current, focusRow);
    setFocusRow(null);
  }, [focusRow]);

  const patch = (index: number, next: EditLine) => onChange(lines.map((l, i) => (i === index ? next : l)));
  const addLine = (at = lines.length) => {
    onChange([...lines.slice(0, at), nextLine(lines.slice(0, at)), ...lines.slice(at)]);
    setFocusRow(at);
  };
  const removeLine = (index: number) => onChange(lines.length > 2 ? lines.filter((_, i) => i !== index) : lines.map((l, i) => (i === index ? nextLine([]) : l)));

  const onEnter = (event: KeyboardEvent<HTMLInputElement>, index: number, last: boolean) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    // Enter on the last amount of the last line opens a new line, as in Kingdee / Yonyou.
    if (!last) focusNextCell(root.current, event.currentTarget);
    else if (index === lines.length - 1) addLine();
    else focusRowStart(root.current, index + 1);
  };

  // '=' in an amount cell fills the difference that balances the voucher; Enter after a debit
  // amount skips the (now empty) credit cell and goes on to the next line.
  const onAmountKey = (event: KeyboardEvent<HTMLInputElement>, index: number, side: 'debit' | 'credit') => {
    if (event.key !== '=') return onEnter(event, index, side === 'credit' || (lines[index]?.debit.trim() ?? '') !== '');
    event.preventDefault();
    const line = lines[index];
    if (!line) return;
    const others = voucherTotals(lines.filter((_, i) => i !== index));
    const needed = side === 'debit' ? others.credit - others.debit : others.debit - others.credit;
    if (needed !== 0n) patch(index, setAmount(line, side, centsToAmount(needed)));
  };

  const amountInput = (line: EditLine, index: number, side: 'debit' | 'credit') => (
    <div data-grid-cell>
      <Input
        value={line[side]}
        inputMode="decimal"
        status={parseCents(line[side]) === null && line[side].trim() !== '' ? 'error' : undefined}
        onChange={(e) => patch(index, setAmount(line, side, e.target.value))}
        onBlur={() => {
          const normalized = normalizeAmount(line[side]);
          if (normalized && normalized !== line[side]) patch(index, { ...line, [side]: normalized });
        }}
        onKeyDown={(e) => onAmountKey(e, index, side)}
        className="fl-amount-input"
        style={{ textAlign: 'right', color: isNegativeAmount(line[side]) ? '#cf1322' : undefined }}
        data-testid={`voucher-line-${index}-${side}`}
      />
    </div>
  );

  return (
    <div className="fl-grid-wrap" ref={root}>
      <table className="fl-voucher-grid fl-edit" data-testid="voucher-grid">
        <thead>
          <tr>
            <th className="fl-col-no">{t('financeLedger.voucher.lineNo')}</th>
            <th className="fl-col-summary">{t('financeLedger.voucher.summary')}</th>
            <th className="fl-col-account">{t('financeLedger.voucher.account')}</th>
            <th className="fl-col-dims">{t('financeLedger.voucher.dimensions')}</th>
            <th className="fl-col-amount">{t('financeLedger.voucher.debit')}</th>
            <th className="fl-col-amount">{t('financeLedger.voucher.credit')}</th>
            <th className="fl-col-ops fl-no-print" />
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.key} data-grid-row={index} data-testid="voucher-line">
              <td className="fl-col-no">{index + 1}</td>
              <td className="fl-wide" data-label={t('financeLedger.voucher.summary')}>
                <div data-grid-cell>
                  <Input value={line.summary} onChange={(e) => patch(index, { ...line, summary: expandSummary(e.target.value, lines, index) })}
                    onKeyDown={(e) => onEnter(e, index, false)} maxLength={200} data-testid={`voucher-line-${index}-summary`} />
                </div>
              </td>
              <td className="fl-wide" data-label={t('financeLedger.voucher.account')}>
                <div data-grid-cell>
                  <AccountSelect
                    value={line.accountId}
                    status={showMissing && !line.accountId && (line.debit || line.credit || line.summary) ? 'error' : undefined}
                    onChange={(_id, account) => {
                      patch(index, setAccount(line, account));
                      // Chosen: go on to the next cell (a dimension or the debit amount).
                      const from = root.current?.querySelector(`[data-grid-row="${index}"] .fl-col-account-anchor`);
                      if (account) window.setTimeout(() => focusNextCell(root.current, from ?? null), 0);
                    }}
                    testId={`voucher-line-${index}-account`}
                  />
                  <span className="fl-col-account-anchor" />
                </div>
              </td>
              <td className="fl-wide">
                <DimensionInputs line={line} index={index} account={line.accountId ? accounts.get(line.accountId) : undefined}
                  onChange={(p) => patch(index, { ...line, ...p })} showMissing={showMissing} />
              </td>
              <td className="fl-col-amount" data-label={t('financeLedger.voucher.debit')}>{amountInput(line, index, 'debit')}</td>
              <td className="fl-col-amount" data-label={t('financeLedger.voucher.credit')}>{amountInput(line, index, 'credit')}</td>
              <td className="fl-col-ops fl-no-print">
                <Tooltip title={t('financeLedger.voucher.removeLine')}>
                  <Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => removeLine(index)} tabIndex={-1}
                    aria-label={t('financeLedger.voucher.removeLine')} data-testid={`voucher-line-${index}-remove`} />
                </Tooltip>
              </td>
            </tr>
          ))}
        </tbody>
        <GridTotals debit={totals.debit} credit={totals.credit} trailingCell />
      </table>
      <Button className="fl-no-print" type="dashed" icon={<PlusOutlined />} onClick={() => addLine()} style={{ marginTop: 8 }} data-testid="voucher-add-line">
        {t('financeLedger.voucher.addLine')}
      </Button>
    </div>
  );
}
