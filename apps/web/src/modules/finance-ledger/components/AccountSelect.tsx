import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../hooks.ts';
import type { Account } from '../api.ts';

interface Props {
  value?: string | null;
  onChange?: (value: string | null, account: Account | null) => void;
  /** false: any account (posting rules may point at a parent only when the server allows it). */
  leafOnly?: boolean;
  testId?: string;
  style?: CSSProperties;
  autoFocus?: boolean;
  status?: 'error';
}

/** 会计科目 picker: `code name` of enabled leaf accounts, searched by code prefix or name. */
export function AccountSelect({ value, onChange, leafOnly = true, testId, style, autoFocus, status }: Props) {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const source = leafOnly ? accounts.postable : accounts.items.filter((a) => a.enabled);
  const options = source.map((a) => ({ value: a.id, label: `${a.code} ${a.name}`, code: a.code }));
  // A line saved with an account that was disabled later still shows its name.
  const current = value ? accounts.byId.get(value) : undefined;
  if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: `${current.code} ${current.name}`, code: current.code });

  return (
    <Select
      value={value ?? undefined}
      onChange={(id: string | undefined) => onChange?.(id ?? null, id ? accounts.byId.get(id) ?? null : null)}
      options={options}
      showSearch={{
        filterOption: (input, option) => {
          const text = input.trim().toLowerCase();
          return !text || (option?.code ?? '').startsWith(text) || String(option?.label ?? '').toLowerCase().includes(text);
        },
      }}
      allowClear
      loading={accounts.isPending}
      placeholder={t('financeLedger.voucher.accountPlaceholder')}
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
      autoFocus={autoFocus}
      status={status}
      data-testid={testId}
    />
  );
}
