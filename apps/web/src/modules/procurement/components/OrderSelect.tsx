import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { orderFetcher, type OrderSummary } from '../api.ts';

/** Picks a confirmed order that still has goods to come (the ones a receipt can be made against). */
export function ReceivableOrderSelect({ value, onChange, testId }: { value?: string | null; onChange?: (id: string | null) => void; testId?: string }) {
  const { t } = useTranslation();
  const [keyword, setKeyword] = useState('');
  const orders = useQuery({
    queryKey: ['procurement', 'receivableOrders', keyword],
    queryFn: async ({ signal }) => {
      const pages = await Promise.all(['confirmed', 'partlyReceived'].map((status) => orderFetcher({ limit: 50, filters: { status, ...(keyword ? { keyword } : {}) } }, signal)));
      return pages.flatMap((p) => p.items);
    },
    staleTime: 10_000,
  });
  const label = (o: OrderSummary) => `${o.number} ${o.supplierName ?? ''}`;
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={(orders.data ?? []).map((o) => ({ value: o.id, label: label(o) }))}
      showSearch={{ filterOption: false, onSearch: setKeyword }}
      loading={orders.isFetching}
      placeholder={t('procurement.receipts.pickOrder')}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
