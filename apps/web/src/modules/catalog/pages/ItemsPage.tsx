import { useMemo, useState } from 'react';
import { Button, Input, Tag } from 'antd';
import { ImportOutlined, PlusOutlined, ScanOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback, notifyError } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { ListPage, listQueryKey, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { SpreadsheetImportModal } from '../../partners/index.ts';
import { catalogKeys, catalogListIds, importItems, itemFetcher, itemImportTemplateUrl, lookupBarcode, type CatalogItemSummary, type ItemClass } from '../api.ts';
import { CategoryTreeSelect } from '../components/CategoryTreeSelect.tsx';
import { ItemDrawer } from '../components/ItemDrawer.tsx';
import { plainNumber, priceText } from '../format.ts';

const itemClasses: ItemClass[] = ['material', 'goods', 'finished', 'service'];
const classColors: Record<ItemClass, string> = { material: 'orange', goods: 'blue', finished: 'green', service: 'purple' };

export default function ItemsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [drawer, setDrawer] = useState<{ open: boolean; itemId: string | null }>({ open: false, itemId: null });
  const [importing, setImporting] = useState(false);
  const [scanning, setScanning] = useState(false);
  const canManage = can('catalog.manage');
  const seesCost = can('catalog.viewCost');

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: listQueryKey(catalogListIds.items) });
    void queryClient.invalidateQueries({ queryKey: catalogKeys.all });
  };

  // A scanner types the code and presses Enter: open the item the barcode (or a unit's barcode) belongs to.
  const onScan = async (code: string) => {
    if (!code.trim()) return;
    setScanning(true);
    try {
      const match = await lookupBarcode(code.trim());
      feedback.message?.info(t('catalog.items.scanned', { name: `${match.code} ${match.name}`, unit: match.matchedUnit.unitName }));
      if (canManage) setDrawer({ open: true, itemId: match.id });
    } catch (error) {
      notifyError(error, t('common.requestFailed'));
    } finally {
      setScanning(false);
    }
  };

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('catalog.common.keyword'), placeholder: t('catalog.items.keywordPlaceholder'), width: 220 },
    { name: 'categoryId', label: t('catalog.items.category'), width: 200, input: <CategoryTreeSelect allowClear placeholder={t('catalog.common.all')} style={{ width: 200 }} testId="filter-categoryId" /> },
    selectFilter('itemClass', t('catalog.items.itemClass'), itemClasses.map((c) => ({ value: c, label: t(`catalog.itemClasses.${c}`) })), 120),
    selectFilter('enabled', t('catalog.common.status'), [
      { value: 'true', label: t('catalog.common.enabledTag') },
      { value: 'false', label: t('catalog.common.disabledTag') },
    ], 100),
  ], [t]);

  const columns = useMemo<ListColumn<CatalogItemSummary>[]>(() => {
    const list: ListColumn<CatalogItemSummary>[] = [
      { key: 'code', title: t('catalog.items.code'), width: 110, sortable: true },
      { key: 'name', title: t('catalog.items.name'), width: 180, sortable: true },
      { key: 'spec', title: t('catalog.items.spec'), width: 140 },
      { key: 'categoryName', title: t('catalog.items.category'), width: 120 },
      {
        key: 'itemClass', title: t('catalog.items.itemClass'), width: 90,
        render: (i) => <Tag color={classColors[i.itemClass]}>{t(`catalog.itemClasses.${i.itemClass}`)}</Tag>,
        exportValue: (i) => t(`catalog.itemClasses.${i.itemClass}`),
      },
      { key: 'baseUnitName', title: t('catalog.items.baseUnit'), width: 84 },
      {
        key: 'units', title: t('catalog.items.conversions'), width: 140,
        render: (i) => i.units.map((u) => `1${u.unitName}=${plainNumber(u.factor)}${i.baseUnitName}`).join('，') || '-',
        exportValue: (i) => i.units.map((u) => `1${u.unitName}=${plainNumber(u.factor)}${i.baseUnitName}`).join('，'),
      },
      ...(seesCost ? [{ key: 'purchasePrice', title: t('catalog.items.purchasePrice'), width: 100, align: 'right' as const, render: (i: CatalogItemSummary) => priceText(i.purchasePrice) || '-', exportValue: (i: CatalogItemSummary) => plainNumber(i.purchasePrice) }] : []),
      { key: 'salePrice', title: t('catalog.items.salePrice'), width: 100, align: 'right', render: (i) => priceText(i.salePrice) || '-', exportValue: (i) => plainNumber(i.salePrice) },
      { key: 'taxRate', title: t('catalog.items.taxRate'), width: 70, align: 'right', render: (i) => `${plainNumber(i.taxRate)}%` },
      { key: 'barcode', title: t('catalog.items.barcode'), width: 140 },
      { key: 'defaultSupplierName', title: t('catalog.items.defaultSupplier'), width: 180, defaultHidden: true },
      { key: 'defaultWarehouseName', title: t('catalog.items.defaultWarehouse'), width: 100, defaultHidden: true },
      {
        key: 'stocked', title: t('catalog.items.stocked'), width: 110,
        render: (i) => (!i.stocked ? <Tag>{t('catalog.items.notStocked')}</Tag> : i.allowNegative ? <Tag color="gold">{t('catalog.items.negativeAllowed')}</Tag> : <Tag color="cyan">{t('catalog.items.stockedTag')}</Tag>),
        exportValue: (i) => (!i.stocked ? t('catalog.items.notStocked') : i.allowNegative ? t('catalog.items.negativeAllowed') : t('catalog.items.stockedTag')),
      },
      {
        key: 'enabled', title: t('catalog.common.status'), width: 70,
        render: (i) => <Tag color={i.enabled ? 'green' : 'default'}>{i.enabled ? t('catalog.common.enabledTag') : t('catalog.common.disabledTag')}</Tag>,
        exportValue: (i) => (i.enabled ? t('catalog.common.enabledTag') : t('catalog.common.disabledTag')),
      },
    ];
    if (canManage) {
      list.push({
        key: 'actions', title: t('common.actions'), exportable: false, fixed: 'right', width: 70,
        render: (i) => <Button type="link" size="small" onClick={() => setDrawer({ open: true, itemId: i.id })} data-testid="item-edit">{t('common.edit')}</Button>,
      });
    }
    return list;
  }, [t, canManage, seesCost]);

  return (
    <>
      <ListPage<CatalogItemSummary>
        listId={catalogListIds.items}
        title={t('catalog.items.title')}
        columns={columns}
        fetcher={itemFetcher}
        rowKey={(i) => i.id}
        rowTestId={(i) => `item-row-${i.code}`}
        filters={filters}
        defaultSort="code"
        exportName={t('catalog.items.title')}
        toolbar={(
          <>
            <Input.Search
              allowClear
              placeholder={t('catalog.items.scanPlaceholder')}
              prefix={<ScanOutlined />}
              enterButton={false}
              loading={scanning}
              onSearch={(v) => void onScan(v)}
              style={{ width: 200 }}
              data-testid="item-scan"
            />
            {canManage ? <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="item-import">{t('catalog.items.import')}</Button> : null}
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, itemId: null })} data-testid="item-create">{t('catalog.items.create')}</Button>
            ) : null}
          </>
        )}
      />
      <ItemDrawer
        open={drawer.open}
        itemId={drawer.itemId}
        onClose={() => setDrawer({ open: false, itemId: null })}
        onSaved={() => {
          feedback.message?.success(t('catalog.common.saved'));
          setDrawer({ open: false, itemId: null });
          refresh();
        }}
      />
      <SpreadsheetImportModal
        open={importing}
        title={t('catalog.items.importTitle')}
        templateUrl={itemImportTemplateUrl}
        templateFileName={t('catalog.items.importTemplateFile')}
        runImport={importItems}
        onClose={() => setImporting(false)}
        onImported={(result) => {
          setImporting(false);
          feedback.message?.success(t('partners.import.done', { created: result.created, updated: result.updated }));
          refresh();
        }}
        testId="item-import"
      />
    </>
  );
}
