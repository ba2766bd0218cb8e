import { Checkbox, Col, Drawer, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { createPartnerRequest, updatePartnerRequest, type CreatePartnerRequest, type UpdatePartnerRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api/index.ts';
import { DrawerFooter, SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { createPartner, updatePartner, type Partner } from '../api.ts';

interface Props {
  open: boolean;
  /** null = a new partner. */
  partner: Partner | null;
  onClose: () => void;
  onSaved: (partner: Partner) => void;
}

function initialValues(partner: Partner | null): Record<string, unknown> {
  if (!partner) return { isCustomer: false, isSupplier: true, paymentTermDays: 30, enabled: true };
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
  };
}

/** 往来单位 form: a partner may be customer and supplier at once; the credit code's check digit is verified by the server. */
export function PartnerDrawer({ open, partner, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const editing = partner !== null;

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
      if (isApiError(error) && error.code === 'partner.creditCodeInvalid') form.setFields([{ name: 'creditCode', errors: [error.message] }]);
      else if (isApiError(error) && error.code === 'partner.codeTaken') form.setFields([{ name: 'code', errors: [error.message] }]);
      else throw error;
    }
  };

  // A partner nobody buys from or sells to has no place in the books.
  const oneRole = {
    validator: async () => {
      if (!form.getFieldValue('isCustomer') && !form.getFieldValue('isSupplier')) throw new Error(t('partners.roleRequired'));
    },
  };
  const half = mobile ? 24 : 12;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('partners.edit') : t('partners.create')}
      size={mobile ? '100%' : 640}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={save.isPending} />}
    >
      <SchemaForm
        key={partner?.id ?? 'new'}
        schema={editing ? updatePartnerRequest : createPartnerRequest}
        form={form}
        initialValues={initialValues(partner)}
        prepare={(values) => {
          // The code is fixed once created (other documents print it); enabled is set when editing.
          const { code, enabled, ...rest } = values;
          return editing ? { ...rest, enabled } : { ...rest, code };
        }}
        onSubmit={onSubmit}
        data-testid="partner-form"
      >
        <Row gutter={16}>
          <Col span={half}>
            {editing ? (
              <Form.Item label={t('partners.fields.code')}><Input value={partner.code} disabled /></Form.Item>
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
      </SchemaForm>
    </Drawer>
  );
}
