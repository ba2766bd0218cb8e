import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ListFilter } from '../../../shared/list/index.ts';
import { CategoryTreeSelect, ItemSelect, WarehouseSelect } from '../../catalog/index.ts';

/** A date range sent as two calendar dates (the stock ledger is kept by date, not by instant). */
export function dayRangeFilter(name: string, label: string): ListFilter {
  return {
    name,
    label,
    input: <DatePicker.RangePicker allowEmpty={[true, true]} style={{ maxWidth: '100%' }} data-testid={`filter-${name}`} />,
    toQuery: (value) => {
      if (!Array.isArray(value)) return {};
      const [from, to] = value as [Dayjs | null, Dayjs | null];
      return { from: from ? from.format('YYYY-MM-DD') : undefined, to: to ? to.format('YYYY-MM-DD') : undefined };
    },
  };
}

export function warehouseFilter(label: string, placeholder: string): ListFilter {
  return { name: 'warehouseId', label, width: 160, input: <WarehouseSelect allowClear placeholder={placeholder} style={{ width: 160 }} testId="filter-warehouseId" /> };
}

export function itemFilter(label: string, initialLabel?: string | null): ListFilter {
  return { name: 'itemId', label, width: 240, input: <ItemSelect allowClear initialLabel={initialLabel} style={{ width: 240 }} testId="filter-itemId" /> };
}

export function categoryFilter(label: string, placeholder: string): ListFilter {
  return { name: 'categoryId', label, width: 180, input: <CategoryTreeSelect allowClear placeholder={placeholder} style={{ width: 180 }} testId="filter-categoryId" /> };
}
