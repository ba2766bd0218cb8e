import { Col, Divider, Drawer, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { createCatalogItemRequest, updateCatalogItemRequest, type CreateCatalogItemRequest, type UpdateCatalogItemRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { DrawerFooter, SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { catalogKeys, createItem, getItem, listUnits, updateItem, type CatalogItem } from '../api.ts';
import { plainNumber, taxRates } from '../format.ts';
import { AllUnitsSelect } from './AllUnitsSelect.tsx';
import { CategoryTreeSelect } from './CategoryTreeSelect.tsx';
import { ConversionRows } from './ConversionRows.tsx';
import { WarehouseSelect } from './WarehouseSelect.tsx';

interface Props {
  open: boolean;
  /** null = a new item. */
  itemId: string | null;
  onClose: () => void;
  onSaved: (item: CatalogItem) => void;
}

function initialValues(item: CatalogItem | null): Record<string, unknown> {
  if (!item) return { taxRate: '13', stocked: true, allowNegative: false, enabled: true, units: [] };
  return {
    code: item.code,
    name: item.name,
    spec: item.spec ?? '',
    categoryId: item.categoryId,
    baseUnitId: item.baseUnitId,
    purchaseUnitId: item.purchaseUnitId,
    saleUnitId: item.saleUnitId,
    barcode: item.barcode ?? '',
    purchasePrice: plainNumber(item.purchasePrice) || null,
    salePrice: plainNumber(item.salePrice) || null,
    taxRate: plainNumber(item.taxRate),
    stocked: item.stocked,
    allowNegative: item.allowNegative,
    defaultSupplierId: item.defaultSupplierId,
    defaultWarehouseId: item.defaultWarehouseId,
    description: item.description ?? '',
    enabled: item.enabled,
    units: item.units.map((u) => ({ unitId: u.unitId, factor: plainNumber(u.factor), barcode: u.barcode ?? '' })),
  };
}

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/**
 * 物料 editor: stock is kept in the base unit, other units convert into it; prices are per base
 * unit and tax-inclusive. Allowing negative stock is a deliberate per-item exception.
 */
export function ItemDrawer({ open, itemId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const editing = itemId !== null;
  const seesCost = can('catalog.viewCost');
  const detail = useQuery({ queryKey: catalogKeys.item(itemId ?? ''), queryFn: () => getItem(itemId ?? ''), enabled: open && editing });
  const units = useQuery({ queryKey: catalogKeys.units, queryFn: listUnits, staleTime: 60_000 });
  const unitName = (id: unknown) => units.data?.find((u) => u.id === id)?.name ?? '';

  const baseUnitId = Form.useWatch('baseUnitId', form) as string | undefined;
  const conversions = (Form.useWatch('units', form) as Array<{ unitId?: string }> | undefined) ?? [];
  const stocked = Form.useWatch('stocked', form) as boolean | undefined;
  // Purchase and sale units: the base unit or one of the conversions entered above.
  const docUnitOptions = [baseUnitId, ...conversions.map((c) => c.unitId)]
    .filter((id): id is string => Boolean(id))
    .map((id) => ({ value: id, label: unitName(id) }));

  const save = useMutation({
    mutationFn: (body: CreateCatalogItemRequest | UpdateCatalogItemRequest) =>
      (itemId ? updateItem(itemId, body as UpdateCatalogItemRequest) : createItem(body as CreateCatalogItemRequest)),
    onSuccess: onSaved,
  });

  const onSubmit = async (data: CreateCatalogItemRequest | UpdateCatalogItemRequest) => {
    try {
      await save.mutateAsync(data);
    } catch (error) {
      if (isApiError(error) && error.code === 'catalog.item.codeTaken') form.setFields([{ name: 'code', errors: [error.message] }]);
      else if (isApiError(error) && error.code === 'catalog.item.barcodeTaken') form.setFields([{ name: 'barcode', errors: [error.message] }]);
      else throw error;
    }
  };

  const half = mobile ? 24 : 12;
  const third = mobile ? 24 : 8;
  const loaded = editing ? detail.data ?? null : null;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('catalog.items.edit') : t('catalog.items.create')}
      size={mobile ? '100%' : 820}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={save.isPending} />}
    >
      {editing && !detail.data ? <FullPageSpin /> : (
        <SchemaForm
          key={itemId ?? 'new'}
          schema={editing ? updateCatalogItemRequest : createCatalogItemRequest}
          form={form}
          initialValues={initialValues(loaded)}
          prepare={(values) => {
            const { code, enabled, units: rows, purchasePrice, ...rest } = values;
            const unitRows = (Array.isArray(rows) ? rows : []).map((r: Record<string, unknown>) => ({ unitId: r.unitId, factor: r.factor === null ? undefined : String(r.factor ?? ''), barcode: blank(r.barcode) }));
            const body: Record<string, unknown> = { ...rest, units: unitRows };
            // Without catalog.viewCost the purchase price is neither shown nor overwritten.
            if (seesCost) body.purchasePrice = purchasePrice === undefined || purchasePrice === '' ? null : purchasePrice;
            return editing ? { ...body, enabled } : { ...body, code };
          }}
          onSubmit={onSubmit}
          data-testid="item-form"
        >
          <Row gutter={16}>
            <Col span={half}>
              {editing ? (
                <Form.Item label={t('catalog.items.code')}><Input value={loaded?.code} disabled /></Form.Item>
              ) : (
                <SchemaField name="code" label={t('catalog.items.code')}><Input maxLength={40} data-testid="item-code" /></SchemaField>
              )}
            </Col>
            <Col span={half}>
              <SchemaField name="name" label={t('catalog.items.name')}><Input maxLength={200} data-testid="item-name" /></SchemaField>
            </Col>
            <Col span={half}>
              <SchemaField name="spec" label={t('catalog.items.spec')}><Input maxLength={200} data-testid="item-spec" /></SchemaField>
            </Col>
            <Col span={half}>
              <SchemaField name="categoryId" label={t('catalog.items.category')} extra={t('catalog.items.categoryHelp')}>
                <CategoryTreeSelect testId="item-category" />
              </SchemaField>
            </Col>
            <Col span={half}>
              <SchemaField name="barcode" label={t('catalog.items.barcode')}><Input maxLength={64} data-testid="item-barcode" /></SchemaField>
            </Col>
            {editing ? (
              <Col span={half}>
                <SchemaField name="enabled" label={t('catalog.common.enabled')} valuePropName="checked"><Switch data-testid="item-enabled" /></SchemaField>
              </Col>
            ) : null}
          </Row>

          <Divider titlePlacement="start" plain>{t('catalog.items.unitsSection')}</Divider>
          <Row gutter={16}>
            <Col span={third}>
              <SchemaField name="baseUnitId" label={t('catalog.items.baseUnit')} extra={t('catalog.items.baseUnitHelp')}>
                <AllUnitsSelect testId="item-base-unit" />
              </SchemaField>
            </Col>
            <Col span={third}>
              <SchemaField name="purchaseUnitId" label={t('catalog.items.purchaseUnit')}>
                <Select allowClear options={docUnitOptions} data-testid="item-purchase-unit" />
              </SchemaField>
            </Col>
            <Col span={third}>
              <SchemaField name="saleUnitId" label={t('catalog.items.saleUnit')}>
                <Select allowClear options={docUnitOptions} data-testid="item-sale-unit" />
              </SchemaField>
            </Col>
          </Row>
          <ConversionRows form={form} baseUnitName={unitName(baseUnitId)} />

          <Divider titlePlacement="start" plain>{t('catalog.items.pricesSection')}</Divider>
          <Row gutter={16}>
            {seesCost ? (
              <Col span={third}>
                <SchemaField name="purchasePrice" label={t('catalog.items.purchasePrice')}>
                  <InputNumber<string> stringMode min="0" controls={false} style={{ width: '100%' }} prefix="¥" data-testid="item-purchase-price" />
                </SchemaField>
              </Col>
            ) : null}
            <Col span={third}>
              <SchemaField name="salePrice" label={t('catalog.items.salePrice')}>
                <InputNumber<string> stringMode min="0" controls={false} style={{ width: '100%' }} prefix="¥" data-testid="item-sale-price" />
              </SchemaField>
            </Col>
            <Col span={third}>
              <SchemaField name="taxRate" label={t('catalog.items.taxRate')}>
                <Select options={taxRates.map((r) => ({ value: r, label: `${r}%` }))} data-testid="item-tax-rate" />
              </SchemaField>
            </Col>
          </Row>
          <Form.Item noStyle><div style={{ marginTop: -8, marginBottom: 8, color: 'rgba(0,0,0,0.45)' }}>{t('catalog.items.priceHelp', { unit: unitName(baseUnitId) || t('catalog.items.baseUnit') })}</div></Form.Item>

          <Divider titlePlacement="start" plain>{t('catalog.items.stockSection')}</Divider>
          <Row gutter={16}>
            <Col span={half}>
              <SchemaField name="stocked" label={t('catalog.items.stocked')} valuePropName="checked" extra={t('catalog.items.stockedHelp')}>
                <Switch data-testid="item-stocked" />
              </SchemaField>
            </Col>
            <Col span={half}>
              <SchemaField name="allowNegative" label={t('catalog.items.allowNegative')} valuePropName="checked" extra={t('catalog.items.allowNegativeHelp')}>
                <Switch disabled={stocked === false} data-testid="item-allow-negative" />
              </SchemaField>
            </Col>
            <Col span={half}>
              <SchemaField name="defaultSupplierId" label={t('catalog.items.defaultSupplier')}>
                <PartnerSelect role="supplier" initialLabel={loaded?.defaultSupplierName ?? null} testId="item-default-supplier" />
              </SchemaField>
            </Col>
            <Col span={half}>
              <SchemaField name="defaultWarehouseId" label={t('catalog.items.defaultWarehouse')}>
                <WarehouseSelect allowClear testId="item-default-warehouse" />
              </SchemaField>
            </Col>
            <Col span={24}>
              <SchemaField name="description" label={t('catalog.items.description')}><Input.TextArea rows={2} maxLength={1000} /></SchemaField>
            </Col>
          </Row>
        </SchemaForm>
      )}
    </Drawer>
  );
}
