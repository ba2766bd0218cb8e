import { Checkbox, Input, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { Cell, EditableRows } from './EditableRows.tsx';

const addressKinds = ['office', 'billing', 'shipping', 'warehouse'] as const;

/**
 * Only one primary contact / default account (per address kind: one default address): ticking
 * one unticks the others, so the server's "at most one" rule is never hit from this form.
 */
function exclusiveFlag(form: FormInstance, list: string, flag: string, row: number, sameGroup?: (other: Record<string, unknown>, mine: Record<string, unknown>) => boolean) {
  const rows = (form.getFieldValue(list) as Array<Record<string, unknown>> | undefined) ?? [];
  const mine = rows[row] ?? {};
  if (!mine[flag]) return;
  form.setFieldValue(list, rows.map((r, i) => (i !== row && r[flag] && (!sameGroup || sameGroup(r, mine)) ? { ...r, [flag]: false } : r)));
}

export function ContactRows({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const f = (k: string) => t(`partners.contacts.${k}`);
  return (
    <EditableRows
      name="contacts"
      testId="partner-contacts"
      addLabel={t('partners.contacts.add')}
      blank={() => ({ name: '', title: '', mobile: '', phone: '', email: '', isPrimary: false, note: '' })}
      columns={[
        { key: 'name', title: f('name'), width: 110, required: true, render: (row) => <Cell row={row} field="name" rules={[{ required: true, message: f('nameRequired') }]}><Input maxLength={100} data-testid={`partner-contact-${row}-name`} /></Cell> },
        { key: 'title', title: f('title'), width: 100, render: (row) => <Cell row={row} field="title"><Input maxLength={100} /></Cell> },
        { key: 'mobile', title: f('mobile'), width: 130, render: (row) => <Cell row={row} field="mobile"><Input maxLength={40} data-testid={`partner-contact-${row}-mobile`} /></Cell> },
        { key: 'phone', title: f('phone'), width: 130, render: (row) => <Cell row={row} field="phone"><Input maxLength={40} /></Cell> },
        { key: 'email', title: f('email'), width: 170, render: (row) => <Cell row={row} field="email"><Input maxLength={200} /></Cell> },
        {
          key: 'isPrimary', title: f('isPrimary'), width: 60,
          render: (row) => <Cell row={row} field="isPrimary" valuePropName="checked"><Checkbox onChange={() => setTimeout(() => exclusiveFlag(form, 'contacts', 'isPrimary', row))} /></Cell>,
        },
        { key: 'note', title: f('note'), width: 140, render: (row) => <Cell row={row} field="note"><Input maxLength={500} /></Cell> },
      ]}
    />
  );
}

export function BankAccountRows({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const f = (k: string) => t(`partners.bankAccounts.${k}`);
  return (
    <EditableRows
      name="bankAccounts"
      testId="partner-banks"
      addLabel={t('partners.bankAccounts.add')}
      blank={() => ({ bankName: '', accountName: form.getFieldValue('name') ?? '', accountNo: '', isDefault: false })}
      columns={[
        { key: 'bankName', title: f('bankName'), width: 180, required: true, render: (row) => <Cell row={row} field="bankName" rules={[{ required: true, message: f('bankNameRequired') }]}><Input maxLength={100} data-testid={`partner-bank-${row}-bank`} /></Cell> },
        { key: 'accountName', title: f('accountName'), width: 180, required: true, render: (row) => <Cell row={row} field="accountName" rules={[{ required: true, message: f('accountNameRequired') }]}><Input maxLength={200} /></Cell> },
        { key: 'accountNo', title: f('accountNo'), width: 190, required: true, render: (row) => <Cell row={row} field="accountNo" rules={[{ required: true, message: f('accountNoRequired') }]}><Input maxLength={40} data-testid={`partner-bank-${row}-no`} /></Cell> },
        {
          key: 'isDefault', title: f('isDefault'), width: 60,
          render: (row) => <Cell row={row} field="isDefault" valuePropName="checked"><Checkbox onChange={() => setTimeout(() => exclusiveFlag(form, 'bankAccounts', 'isDefault', row))} /></Cell>,
        },
      ]}
    />
  );
}

export function AddressRows({ form }: { form: FormInstance }) {
  const { t } = useTranslation();
  const f = (k: string) => t(`partners.addresses.${k}`);
  const kindOptions = addressKinds.map((k) => ({ value: k, label: t(`partners.addresses.kinds.${k}`) }));
  const sameKind = (a: Record<string, unknown>, b: Record<string, unknown>) => a.kind === b.kind;
  return (
    <EditableRows
      name="addresses"
      testId="partner-addresses"
      addLabel={t('partners.addresses.add')}
      blank={() => ({ kind: 'office', province: '', city: '', district: '', detail: '', contactName: '', phone: '', isDefault: false })}
      columns={[
        { key: 'kind', title: f('kind'), width: 100, render: (row) => <Cell row={row} field="kind"><Select options={kindOptions} style={{ width: 96 }} /></Cell> },
        { key: 'province', title: f('province'), width: 90, render: (row) => <Cell row={row} field="province"><Input maxLength={50} /></Cell> },
        { key: 'city', title: f('city'), width: 90, render: (row) => <Cell row={row} field="city"><Input maxLength={50} /></Cell> },
        { key: 'district', title: f('district'), width: 90, render: (row) => <Cell row={row} field="district"><Input maxLength={50} /></Cell> },
        { key: 'detail', title: f('detail'), width: 220, required: true, render: (row) => <Cell row={row} field="detail" rules={[{ required: true, message: f('detailRequired') }]}><Input maxLength={300} data-testid={`partner-address-${row}-detail`} /></Cell> },
        { key: 'contactName', title: f('contactName'), width: 90, render: (row) => <Cell row={row} field="contactName"><Input maxLength={100} /></Cell> },
        { key: 'phone', title: f('phone'), width: 130, render: (row) => <Cell row={row} field="phone"><Input maxLength={40} /></Cell> },
        {
          key: 'isDefault', title: f('isDefault'), width: 60,
          render: (row) => <Cell row={row} field="isDefault" valuePropName="checked"><Checkbox onChange={() => setTimeout(() => exclusiveFlag(form, 'addresses', 'isDefault', row, sameKind))} /></Cell>,
        },
      ]}
    />
  );
}

/** Blank cells mean "none": the API wants null, not '' (and '' would fail the phone/e-mail checks). */
export function blankToNull(rows: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(rows)) return [];
  return rows.map((row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? null : v])));
}

