import { useState } from 'react';
import { Badge, Checkbox, Col, Drawer, Form, Input, InputNumber, Row, Space, Switch, Tabs } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { createPartnerRequest, updatePartnerRequest, type CreatePartnerRequest, type UpdatePartnerRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api/index.ts';
import { DrawerFooter, SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { createPartner, getPartner, partnerKeys, updatePartner, type Partner, type PartnerDetail } from '../api.ts';
import { AddressRows, BankAccountRows, ContactRows, blankToNull } from './PartnerChildTabs.tsx';

interface Props {
  open: boolean;
  /** null = a new partner. */
  partner: Partner | null;
  onClose: () => void;
  onSaved: (partner: Partner) => void;
}

type TabKey = 'basic' | 'contacts' | 'bankAccounts' | 'addresses';
const childTabs = ['contacts', 'bankAccounts', 'addresses'] as const;

function initialValues(partner: PartnerDetail | null): Record<string, unknown> {
  if (!partner) return { isCustomer: false, isSupplier: true, paymentTermDays: 30, enabled: true, contacts: [], bankAccounts: [], addresses: [] };
  return {
    code: partner.code,
    name: partner.name,
    isCustomer: partner.isCustomer,
    isSupplier: partner.isSupplier,
    creditCode: partner.creditCode ?? '',
    paymentTermDays: partner.paymentTermDays,
    contactName: partner.contactName ?? '',
    phone: partner.phone ?? '',
    address: partner.address ?? '',
    enabled: partner.enabled,
    // The ids are the server's; the PUT replaces each list as a whole.
    contacts: partner.contacts.map(({ id: _id, ...c }) => c),
    bankAccounts: partner.bankAccounts.map(({ id: _id, ...b }) => b),
    addresses: partner.addresses.map(({ id: _id, ...a }) => a),
  };
}

/**
 * 往来单位 form: a partner may be customer and supplier at once; the credit code's check digit is
 * verified by the server. Contacts, bank accounts and addresses are tabs of the same form and are
 * saved together with the partner.
 */
export function PartnerDrawer({ open, partner, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [tab, setTab] = useState<TabKey>('basic');
  const editing = partner !== null;
  const detail = useQuery({
    queryKey: partnerKeys.detail(partner?.id ?? ''),
    queryFn: () => getPartner(partner?.id ?? ''),
    enabled: open && editing,
  });
  const counts = {
    contacts: (Form.useWatch('contacts', form) as unknown[] | undefined)?.length ?? 0,
    bankAccounts: (Form.useWatch('bankAccounts', form) as unknown[] | undefined)?.length ?? 0,
    addresses: (Form.useWatch('addresses', form) as unknown[] | undefined)?.length ?? 0,
  };

  const save = useMutation({
    mutationFn: (body: CreatePartnerRequest | UpdatePartnerRequest) =>
      (partner ? updatePartner(partner.id, body as UpdatePartnerRequest) : createPartner(body as CreatePartnerRequest)),
    onSuccess: onSaved,
  });

  const onSubmit = async (data: CreatePartnerRequest | UpdatePartnerRequest) => {
    try {
      await save.mutateAsync(data);
    } catch (error) {
      // These two answers name no field path; put the server's message under the field it is about.
      if (isApiError(error) && error.code === 'partner.creditCodeInvalid') {
        setTab('basic');
        form.setFields([{ name: 'creditCode', errors: [error.message] }]);
      } else if (isApiError(error) && error.code === 'partner.codeTaken') {
        setTab('basic');
        form.setFields([{ name: 'code', errors: [error.message] }]);
      } else {
        const first = isApiError(error) ? error.fieldIssues()[0]?.path[0] : undefined;
        if (typeof first === 'string' && (childTabs as readonly string[]).includes(first)) setTab(first as TabKey);
        throw error;
      }
    }
  };

  // A partner nobody buys from or sells to has no place in the books.
  const oneRole = {
    validator: async () => {
      if (!form.getFieldValue('isCustomer') && !form.getFieldValue('isSupplier')) throw new Error(t('partners.roleRequired'));
    },
  };
  const half = mobile ? 24 : 12;
  const loaded = editing ? detail.data ?? null : null;
  const waiting = editing && !detail.data;

  const basic = (
    <Row gutter={16}>
      <Col span={half}>
        {editing ? (
          <Form.Item label={t('partners.fields.code')}><Input value={partner?.code} disabled /></Form.Item>
        ) : (
          <SchemaField name="code" label={t('partners.fields.code')}><Input maxLength={40} data-testid="partner-code" /></SchemaField>
        )}
      </Col>
      <Col span={half}>
        <SchemaField name="name" label={t('partners.fields.name')}><Input maxLength={200} data-testid="partner-name" /></SchemaField>
      </Col>
      <Col span={half}>
        <Form.Item label={t('partners.fields.roles')} required style={{ marginBottom: 0 }}>
          <Row>
            <Form.Item name="isCustomer" valuePropName="checked" noStyle>
              <Checkbox data-testid="partner-is-customer" onChange={() => void form.validateFields(['isSupplier'])}>{t('partners.roles.customer')}</Checkbox>
            </Form.Item>
            <Form.Item name="isSupplier" valuePropName="checked" rules={[oneRole]} style={{ marginBottom: 0 }}>
              <Checkbox data-testid="partner-is-supplier">{t('partners.roles.supplier')}</Checkbox>
            </Form.Item>
          </Row>
        </Form.Item>
      </Col>
      <Col span={half}>
        <SchemaField name="paymentTermDays" label={t('partners.fields.paymentTermDays')}>
          <InputNumber min={0} max={3650} precision={0} style={{ width: '100%' }} data-testid="partner-term" />
        </SchemaField>
      </Col>
      <Col span={24}>
        <SchemaField name="creditCode" label={t('partners.fields.creditCode')} extra={t('partners.creditCodeHelp')}>
          <Input maxLength={18} style={{ textTransform: 'uppercase' }} data-testid="partner-credit-code" />
        </SchemaField>
      </Col>
      <Col span={half}>
        <SchemaField name="contactName" label={t('partners.fields.contactName')}><Input maxLength={100} data-testid="partner-contact" /></SchemaField>
      </Col>
      <Col span={half}>
        <SchemaField name="phone" label={t('partners.fields.phone')}><Input maxLength={40} data-testid="partner-phone" /></SchemaField>
      </Col>
      <Col span={24}>
        <SchemaField name="address" label={t('partners.fields.address')}><Input maxLength={300} data-testid="partner-address" /></SchemaField>
      </Col>
      {editing ? (
        <Col span={half}>
          <SchemaField name="enabled" label={t('partners.fields.enabled')} valuePropName="checked"><Switch data-testid="partner-enabled" /></SchemaField>
        </Col>
      ) : null}
    </Row>
  );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('partners.edit') : t('partners.create')}
      size={mobile ? '100%' : 900}
      destroyOnHidden
      afterOpenChange={(visible) => { if (!visible) setTab('basic'); }}
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={save.isPending} />}
    >
      {waiting ? <FullPageSpin /> : (
        <SchemaForm
          key={partner?.id ?? 'new'}
          schema={editing ? updatePartnerRequest : createPartnerRequest}
          form={form}
          initialValues={initialValues(loaded)}
          prepare={(values) => {
            // The code is fixed once created (other documents print it); enabled is set when editing.
            const { code, enabled, contacts, bankAccounts, addresses, ...rest } = values;
            const children = { contacts: blankToNull(contacts), bankAccounts: blankToNull(bankAccounts), addresses: blankToNull(addresses) };
            return editing ? { ...rest, ...children, enabled } : { ...rest, ...children, code };
          }}
          onSubmit={onSubmit}
          onFinishFailed={({ errorFields }) => {
            const first = errorFields[0]?.name[0];
            setTab(typeof first === 'string' && (childTabs as readonly string[]).includes(first) ? first as TabKey : 'basic');
          }}
          data-testid="partner-form"
        >
          <Tabs
            activeKey={tab}
            onChange={(k) => setTab(k as TabKey)}
            items={[
              { key: 'basic', label: t('partners.tabs.basic'), forceRender: true, children: basic },
              ...childTabs.map((k) => ({
                key: k,
                forceRender: true,
                label: <Space size={4} data-testid={`partner-tab-${k}`}>{t(`partners.tabs.${k}`)}<Badge count={counts[k]} size="small" color="#8c8c8c" /></Space>,
                children: k === 'contacts' ? <ContactRows form={form} /> : k === 'bankAccounts' ? <BankAccountRows form={form} /> : <AddressRows form={form} />,
              })),
            ]}
          />
        </SchemaForm>
      )}
    </Drawer>
  );
}
