import { Alert, Col, DatePicker, Drawer, Form, Input, Row } from 'antd';
import { useMutation } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { createAdjustmentRequest, createTransferRequest, type CreateAdjustmentRequest, type CreateTransferRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback, isApiError } from '../../../app/api/index.ts';
import { DrawerFooter, SchemaForm } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { WarehouseSelect } from '../../catalog/index.ts';
import { createAdjustment, createTransfer, type StockDocumentResult } from '../api.ts';
import { qtyText } from '../numbers.ts';
import { MoveLines, toApiLines, type MoveLineValues } from './MoveLines.tsx';

export type StockMoveMode = 'transfer' | 'adjustment';

interface Props {
  mode: StockMoveMode | null;
  onClose: () => void;
  onDone: (result: StockDocumentResult) => void;
}

/**
 * 调拨 (from one warehouse to another, at cost, no voucher) and 库存调整 (报损/报溢: the gain or
 * loss is posted against 1901 待处理财产损溢). Both are written at once; the ledger keeps them.
 */
export function StockMoveDrawer({ mode, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const adjustment = mode === 'adjustment';

  const save = useMutation({
    mutationFn: (body: CreateTransferRequest | CreateAdjustmentRequest) =>
      (adjustment ? createAdjustment(body as CreateAdjustmentRequest) : createTransfer(body as CreateTransferRequest)),
    onSuccess: (result) => {
      feedback.message?.success(result.voucherNumber
        ? t('inventory.adjust.doneWithVoucher', { number: result.number, voucher: result.voucherNumber })
        : t('inventory.moveDone', { number: result.number }));
      onDone(result);
    },
  });

  const required = (message: string) => [{ required: true, message }];

  // Not enough stock names one item: say under its line how much there is (in base units).
  const onSubmit = async (data: CreateTransferRequest | CreateAdjustmentRequest) => {
    try {
      await save.mutateAsync(data);
    } catch (error) {
      if (isApiError(error) && error.code === 'inventory.stock.insufficient') {
        const d = error.details as { itemId?: string; requested?: string; available?: string } | null;
        const lines = (form.getFieldValue('lines') as MoveLineValues[] | undefined) ?? [];
        const row = lines.findIndex((l) => l.itemId === d?.itemId);
        if (row >= 0) {
          form.setFields([{ name: ['lines', row, 'quantity'], errors: [t('inventory.lines.insufficient', { requested: qtyText(d?.requested), available: qtyText(d?.available) })] }]);
        }
      }
      throw error;
    }
  };

  return (
    <Drawer
      open={mode !== null}
      onClose={onClose}
      title={adjustment ? t('inventory.adjust.title') : t('inventory.transfer.title')}
      size={mobile ? '100%' : 900}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={save.isPending} />}
    >
      {mode ? (
        <SchemaForm
          key={mode}
          schema={adjustment ? createAdjustmentRequest : createTransferRequest}
          form={form}
          initialValues={{ date: dayjs(), lines: [adjustment ? { direction: 'out' } : {}] }}
          prepare={(values) => {
            const { date, lines, note, ...rest } = values;
            return {
              ...rest,
              ...(adjustment ? {} : { note: typeof note === 'string' && note.trim() ? note : null }),
              date: (date as Dayjs | null)?.format('YYYY-MM-DD'),
              lines: toApiLines(lines as MoveLineValues[] | undefined, adjustment),
            };
          }}
          onSubmit={onSubmit}
          data-testid={adjustment ? 'adjustment-form' : 'transfer-form'}
        >
          {adjustment ? (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('inventory.adjust.help')} />
          ) : null}
          <Row gutter={16}>
            {adjustment ? (
              <Col span={mobile ? 24 : 8}>
                <Form.Item name="warehouseId" label={t('inventory.fields.warehouse')} rules={required(t('inventory.lines.warehouseRequired'))}>
                  <WarehouseSelect testId="adjustment-warehouse" />
                </Form.Item>
              </Col>
            ) : (
              <>
                <Col span={mobile ? 24 : 8}>
                  <Form.Item name="fromWarehouseId" label={t('inventory.transfer.from')} rules={required(t('inventory.lines.warehouseRequired'))}>
                    <WarehouseSelect testId="transfer-from" />
                  </Form.Item>
                </Col>
                <Col span={mobile ? 24 : 8}>
                  <Form.Item
                    name="toWarehouseId"
                    label={t('inventory.transfer.to')}
                    dependencies={['fromWarehouseId']}
                    rules={[
                      ...required(t('inventory.lines.warehouseRequired')),
                      { validator: async (_r, v) => { if (v && v === form.getFieldValue('fromWarehouseId')) throw new Error(t('inventory.transfer.sameWarehouse')); } },
                    ]}
                  >
                    <WarehouseSelect testId="transfer-to" />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col span={mobile ? 24 : 8}>
              <Form.Item name="date" label={t('inventory.fields.date')} rules={required(t('inventory.lines.dateRequired'))}>
                <DatePicker style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
            {adjustment ? (
              <Col span={mobile ? 24 : 8}>
                <Form.Item name="reason" label={t('inventory.adjust.reason')} rules={required(t('inventory.adjust.reasonRequired'))}>
                  <Input maxLength={200} placeholder={t('inventory.adjust.reasonPlaceholder')} data-testid="adjustment-reason" />
                </Form.Item>
              </Col>
            ) : (
              <Col span={24}>
                <Form.Item name="note" label={t('inventory.fields.note')}><Input maxLength={200} /></Form.Item>
              </Col>
            )}
          </Row>
          <MoveLines form={form} adjustment={adjustment} testId={adjustment ? 'adjustment-lines' : 'transfer-lines'} />
        </SchemaForm>
      ) : null}
    </Drawer>
  );
}
