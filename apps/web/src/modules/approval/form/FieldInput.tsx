import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DetailColumn, FormField } from '@triad/contracts';
import { DepartmentTreeSelect } from '../../org/index.ts';
import { FileUpload } from '../../../shared/files/index.ts';
import { UserPicker } from '../components/UserPicker.tsx';
import { useAttachmentFiles } from './attachment-files.tsx';
import { DetailTable } from './DetailTable.tsx';
import { fieldLabel } from './form-values.ts';

type InputField = FormField | DetailColumn;

interface Props {
  field: InputField;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled?: boolean;
  testId?: string;
}

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' && value ? [value] : [];
const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** Money and numbers stay decimal strings: only digits, one sign and one point may be typed. */
function decimalInput(text: string, scale: number | undefined): string | null {
  const pattern = scale === 0 ? /^-?\d*$/ : new RegExp(`^-?\\d*(\\.\\d{0,${scale ?? 6}})?$`);
  return pattern.test(text) ? text : null;
}

/** An attachment field's value is the list of uploaded file ids. */
function AttachmentInput({ value, onChange, maxFiles, disabled, testId }: { value: string[]; onChange: (value: unknown) => void; maxFiles?: number; disabled?: boolean; testId?: string }) {
  const { files, remember } = useAttachmentFiles();
  return (
    <div data-testid={testId}>
      <FileUpload value={value} onChange={onChange} files={files} onUploaded={remember} maxFiles={maxFiles} disabled={disabled} />
    </div>
  );
}

/** One editable control for a form field, chosen by the field's type. */
export function FieldInput({ field, value, onChange, disabled, testId }: Props) {
  const { t, i18n } = useTranslation();
  const placeholder = field.placeholder;
  switch (field.type) {
    case 'text':
      return field.multiline
        ? <Input.TextArea value={str(value)} onChange={(e) => onChange(e.target.value)} maxLength={field.maxLength} autoSize={{ minRows: 2, maxRows: 6 }} disabled={disabled} placeholder={placeholder} data-testid={testId} />
        : <Input value={str(value)} onChange={(e) => onChange(e.target.value)} maxLength={field.maxLength} disabled={disabled} placeholder={placeholder} data-testid={testId} />;
    case 'number':
    case 'money': {
      const computed = 'compute' in field && field.compute !== undefined;
      const scale = field.type === 'money' ? 2 : field.precision;
      return (
        <Input
          value={str(value)}
          inputMode="decimal"
          prefix={field.type === 'money' ? '¥' : undefined}
          suffix={field.type === 'number' && field.unit ? field.unit : computed ? t('approval.form.computed') : undefined}
          onChange={(e) => { const next = decimalInput(e.target.value, scale); if (next !== null) onChange(next); }}
          disabled={disabled || computed}
          placeholder={placeholder}
          data-testid={testId}
        />
      );
    }
    case 'date':
      return (
        <DatePicker
          value={str(value) ? dayjs(str(value)) : null}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
          disabled={disabled}
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
    case 'select': {
      const options = field.options.map((o) => ({ value: o.value, label: fieldLabel(o, i18n.language) }));
      return field.multiple
        ? <Select mode="multiple" value={ids(value)} onChange={(v: string[]) => onChange(v)} options={options} disabled={disabled} allowClear placeholder={placeholder} style={{ width: '100%' }} data-testid={testId} />
        : <Select value={str(value) || undefined} onChange={(v: string | undefined) => onChange(v ?? null)} options={options} disabled={disabled} allowClear placeholder={placeholder} style={{ width: '100%' }} data-testid={testId} />;
    }
    case 'user':
      return <UserPicker value={ids(value)} multiple={field.multiple} onChange={(v) => onChange(field.multiple ? v : (v[0] ?? null))} disabled={disabled} testId={testId} />;
    case 'department':
      return (
        <DepartmentTreeSelect
          value={field.multiple ? ids(value) : (ids(value)[0] ?? null)}
          multiple={field.multiple}
          onChange={(v) => onChange(v)}
          placeholder={t('approval.form.pickDepartment')}
          testId={testId}
        />
      );
    case 'attachment':
      return <AttachmentInput maxFiles={field.maxFiles} value={ids(value)} onChange={onChange} disabled={disabled} testId={testId} />;
    case 'dateRange': {
      const range = typeof value === 'object' && value !== null ? (value as { start?: unknown; end?: unknown }) : {};
      const start = str(range.start);
      const end = str(range.end);
      return (
        <DatePicker.RangePicker
          value={start && end ? [dayjs(start), dayjs(end)] : null}
          onChange={(d) => onChange(d?.[0] && d[1] ? { start: d[0].format('YYYY-MM-DD'), end: d[1].format('YYYY-MM-DD') } : null)}
          placeholder={[t('approval.form.start'), t('approval.form.end')]}
          disabled={disabled}
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
    }
    case 'detail':
      return <DetailTable field={field} value={value} onChange={onChange} disabled={disabled} testId={testId} />;
  }
}
