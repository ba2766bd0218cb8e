import { useEffect } from 'react';
import { Button, Card, Form, InputNumber } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { getSettings, procurementKeys, saveSettings, type ProcurementSettings } from '../api.ts';
import { applyServerIssues } from '../form-errors.ts';

/** 采购设置: how far receipts may exceed the order and bills may differ from it. */
export default function SettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ProcurementSettings>();
  const settings = useQuery({ queryKey: procurementKeys.settings, queryFn: getSettings });
  useEffect(() => { if (settings.data) form.setFieldsValue(settings.data); }, [settings.data, form]);

  const save = useMutation({
    mutationFn: saveSettings,
    onSuccess: (saved) => { feedback.message?.success(t('procurement.common.saved')); queryClient.setQueryData(procurementKeys.settings, saved); },
  });
  const onFinish = async (v: ProcurementSettings) => {
    try {
      await save.mutateAsync({ receiptTolerancePct: String(v.receiptTolerancePct), priceTolerancePct: String(v.priceTolerancePct), amountTolerance: String(v.amountTolerance) });
    } catch (error) {
      applyServerIssues(form, error);
    }
  };
  const required = [{ required: true, message: t('procurement.settings.required') }];

  return (
    <Card title={t('procurement.settings.title')} loading={settings.isPending} style={{ maxWidth: 640 }} data-testid="procurement-settings">
      <Form<ProcurementSettings> form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="receiptTolerancePct" label={t('procurement.settings.receiptTolerancePct')} extra={t('procurement.settings.receiptToleranceHelp')} rules={required}>
          <InputNumber<string> stringMode min="0" max="100" precision={2} suffix="%" style={{ width: 160 }} data-testid="settings-receipt-tolerance" />
        </Form.Item>
        <Form.Item name="priceTolerancePct" label={t('procurement.settings.priceTolerancePct')} extra={t('procurement.settings.priceToleranceHelp')} rules={required}>
          <InputNumber<string> stringMode min="0" max="100" precision={2} suffix="%" style={{ width: 160 }} data-testid="settings-price-tolerance" />
        </Form.Item>
        <Form.Item name="amountTolerance" label={t('procurement.settings.amountTolerance')} extra={t('procurement.settings.amountToleranceHelp')} rules={required}>
          <InputNumber<string> stringMode min="0" precision={2} suffix={t('procurement.settings.yuan')} style={{ width: 160 }} data-testid="settings-amount-tolerance" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">{t('procurement.common.save')}</Button>
      </Form>
    </Card>
  );
}
