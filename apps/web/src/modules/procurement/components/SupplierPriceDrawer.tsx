import { useEffect } from 'react';
import { Col, DatePicker, Drawer, Form, InputNumber, Row } from 'antd';
import { useMutation } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DrawerFooter } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { ItemSelect, UnitSelect, type CatalogItem } from '../../catalog/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { createSupplierPrice, updateSupplierPrice, type SupplierPrice } from '../api.ts';
import { applyServerIssues } from '../form-errors.ts';

interface Values {
  supplierId?: string;
  itemId?: string;
  unitId?: string | null;
  price?: string;
  taxRate?: string;
  minQty?: string;
  leadTimeDays?: number;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

/** One supplier price (价目表) for an item, from a minimum quantity, within dates. */
export function SupplierPriceDrawer({ open, price, onClose, onSaved }: { open: boolean; price: SupplierPrice | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const itemId = Form.useWatch('itemId', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (price) {
      form.setFieldsValue({
        supplierId: price.supplierId, itemId: price.itemId, unitId: price.unitId, price: price.price, taxRate: price.taxRate,
        minQty: price.minQty, leadTimeDays: price.leadTimeDays,
        validFrom: price.validFrom ? dayjs(price.validFrom) : null, validTo: price.validTo ? dayjs(price.validTo) : null,
      });
    }
  }, [open, price, form]);

  const save = useMutation({
    mutationFn: (v: Values) => {
      const common = {
        unitId: v.unitId ?? undefined, price: String(v.price ?? ''), taxRate: v.taxRate ? String(v.taxRate) : undefined,
        minQty: v.minQty ? String(v.minQty) : undefined, leadTimeDays: v.leadTimeDays ?? undefined,
        validFrom: day(v.validFrom), validTo: day(v.validTo),
      };
      return price ? updateSupplierPrice(price.id, common) : createSupplierPrice({ ...common, supplierId: v.supplierId ?? '', itemId: v.itemId ?? '' });
    },
    onSuccess: onSaved,
  });

  const onSave = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    try {
      await save.mutateAsync(values);
    } catch (error) {
      applyServerIssues(form, error);
    }
  };

  const onItem = (item: CatalogItem | null) => {
    if (!item) return;
    form.setFieldsValue({ unitId: item.purchaseUnitId ?? item.baseUnitId, taxRate: item.taxRate, price: form.getFieldValue('price') ?? item.purchasePrice ?? undefined });
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={mobile ? '100%' : 560}
      title={price ? t('procurement.prices.editTitle') : t('procurement.prices.newTitle')}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => void onSave()} saving={save.isPending} />}
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ taxRate: '13', minQty: '0', leadTimeDays: 0 }} data-testid="price-form">
        <Form.Item name="supplierId" label={t('procurement.common.supplier')} rules={[{ required: true, message: t('procurement.common.supplierRequired') }]}>
          <PartnerSelect role="supplier" disabled={Boolean(price)} initialLabel={price?.supplierName} testId="price-supplier" />
        </Form.Item>
        <Form.Item name="itemId" label={t('procurement.common.item')} rules={[{ required: true, message: t('procurement.common.itemRequired') }]}>
          <ItemSelect disabled={Boolean(price)} initialLabel={price ? `${price.itemCode} ${price.itemName}` : null} onChange={(_id, item) => onItem(item)} testId="price-item" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="unitId" label={t('procurement.common.unit')}>
              <UnitSelect itemId={itemId} testId="price-unit" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="price" label={t('procurement.prices.price')} rules={[{ required: true, message: t('procurement.common.priceInvalid') }]}>
              <InputNumber<string> stringMode min="0" style={{ width: '100%' }} data-testid="price-price" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="taxRate" label={t('procurement.common.taxRate')}>
              <InputNumber<string> stringMode min="0" max="99" suffix="%" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="minQty" label={t('procurement.prices.minQty')}>
              <InputNumber<string> stringMode min="0" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="leadTimeDays" label={t('procurement.rfqs.leadTimeDays')}>
              <InputNumber<number> min={0} max={3650} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="validFrom" label={t('procurement.prices.validFrom')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="validTo" label={t('procurement.prices.validTo')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
