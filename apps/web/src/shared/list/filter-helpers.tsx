import { DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ListFilter } from './list.types.ts';

function isDayjsPair(value: unknown): value is [Dayjs | null, Dayjs | null] {
  return Array.isArray(value) && value.length === 2;
}

/** A date range sent as two ISO timestamps (`from` = start of the first day, `to` = end of the last). */
export function dateRangeFilter(name: string, label: string, fromKey = 'from', toKey = 'to'): ListFilter {
  return {
    name,
    label,
    input: <DatePicker.RangePicker allowEmpty={[true, true]} style={{ maxWidth: '100%' }} />,
    toQuery: (value) => {
      if (!isDayjsPair(value)) return {};
      return {
        [fromKey]: value[0] ? value[0].startOf('day').toISOString() : undefined,
        [toKey]: value[1] ? value[1].endOf('day').toISOString() : undefined,
      };
    },
  };
}

/** A single-choice filter from a fixed option list. */
export function selectFilter(name: string, label: string, options: Array<{ value: string; label: string }>, width = 160): ListFilter {
  return {
    name,
    label,
    width,
    input: <Select allowClear options={options} style={{ width }} data-testid={`filter-${name}`} />,
  };
}
