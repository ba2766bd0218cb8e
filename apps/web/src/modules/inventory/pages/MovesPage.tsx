import { useMemo } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { documentRoute } from '../../../shared/chain/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { inventoryListIds, moveFetcher, movesOfSource, type StockMoveKind, type StockMoveRow } from '../api.ts';
import { Amount, Cost, MoveKindTag, Qty } from '../components/cells.tsx';
import { dayRangeFilter, itemFilter, warehouseFilter } from '../components/filters.tsx';

const kinds: StockMoveKind[] = ['receipt', 'issue', 'transfer', 'adjustment', 'count'];

/**
 * 库存流水: the immutable ledger, newest first. Each row shows the balance of its item ×
 * warehouse after the move, so one item's rows read like a bank statement.
 */
export default function MovesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // Opened from a stock row (?itemId&warehouseId) or from a document (?sourceType&sourceId).
  const initial = useMemo(() => ({
    itemId: params.get('itemId') ?? undefined,
    warehouseId: params.get('warehouseId') ?? undefined,
  }), [params]);
  const sourceType = params.get('sourceType');
  const sourceId = params.get('sourceId');
  const source = sourceType && sourceId ? { sourceType, sourceId } : null;
  const fetcher = useMemo(() => (sourceType && sourceId ? movesOfSource(sourceType, sourceId) : moveFetcher), [sourceType, sourceId]);

  const filters = useMemo<ListFilter[]>(() => [
    itemFilter(t('inventory.fields.item')),
    warehouseFilter(t('inventory.fields.warehouse'), t('inventory.allWarehouses')),
    selectFilter('kind', t('inventory.fields.kind'), kinds.map((k) => ({ value: k, label: t(`inventory.kinds.${k}`) })), 110),
    dayRangeFilter('dates', t('inventory.fields.date')),
  ], [t]);

  const columns = useMemo<ListColumn<StockMoveRow>[]>(() => [
    { key: 'date', title: t('inventory.fields.date'), width: 96, render: (m) => formatDate(m.date) },
    { key: 'kind', title: t('inventory.fields.kind'), width: 80, render: (m) => <MoveKindTag kind={m.kind} />, exportValue: (m) => t(`inventory.kinds.${m.kind}`) },
    {
      key: 'sourceNumber', title: t('inventory.fields.source'), width: 150,
      render: (m) => {
        const to = documentRoute(m.sourceType, m.sourceId);
        const text = m.sourceNumber ?? t(`documentTypes.${m.sourceType}`, { defaultValue: m.sourceType });
        return to ? <Link to={to}>{text}</Link> : text;
      },
    },
    { key: 'itemCode', title: t('inventory.fields.itemCode'), width: 120 },
    { key: 'itemName', title: t('inventory.fields.itemName'), width: 140 },
    { key: 'warehouseName', title: t('inventory.fields.warehouse'), width: 90 },
    { key: 'unitName', title: t('inventory.fields.unit'), width: 56 },
    { key: 'quantity', title: t('inventory.fields.change'), width: 100, align: 'right', render: (m) => <Qty value={m.quantity} signed testId={`move-qty-${m.itemCode}`} />, exportValue: (m) => Number(m.quantity) },
    { key: 'unitCost', title: t('inventory.fields.unitCost'), width: 100, align: 'right', render: (m) => <Cost value={m.unitCost} />, exportValue: (m) => Number(m.unitCost), defaultHidden: true },
    { key: 'value', title: t('inventory.fields.moveValue'), width: 110, align: 'right', render: (m) => <Amount value={m.value} />, exportValue: (m) => Number(m.value) },
    { key: 'balanceQty', title: t('inventory.fields.balanceQty'), width: 100, align: 'right', render: (m) => <Qty value={m.balanceQty} testId={`move-balance-${m.itemCode}`} />, exportValue: (m) => Number(m.balanceQty) },
    { key: 'balanceValue', title: t('inventory.fields.balanceValue'), width: 120, align: 'right', render: (m) => <Amount value={m.balanceValue} />, exportValue: (m) => Number(m.balanceValue) },
    { key: 'note', title: t('inventory.fields.note'), width: 160, ellipsis: true, defaultHidden: true },
  ], [t]);

  return (
    <>
      {source ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('inventory.moves.ofDocument', { type: t(`documentTypes.${source.sourceType}`, { defaultValue: source.sourceType }) })}
          action={<Button size="small" onClick={() => setParams({})}>{t('inventory.moves.showAll')}</Button>}
        />
      ) : null}
      <ListPage<StockMoveRow>
        key={`${params.toString()}`}
        listId={inventoryListIds.moves}
        scope={source ? `${source.sourceType}:${source.sourceId}` : undefined}
        title={t('inventory.moves.title')}
        columns={columns}
        fetcher={fetcher}
        rowKey={(m) => m.id}
        rowTestId={(m) => `move-row-${m.itemCode}`}
        filters={filters}
        initialFilters={initial}
        exportName={t('inventory.moves.title')}
      />
    </>
  );
}
