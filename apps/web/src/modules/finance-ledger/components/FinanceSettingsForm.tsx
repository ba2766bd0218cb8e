import { useEffect } from 'react';
import { Button, Form, Select, Skeleton, Switch } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { getSettings, ledgerKeys, updateSettings, type FinanceSettings } from '../api.ts';

const budgetModes: FinanceSettings['budgetControl'][] = ['off', 'warn', 'block', 'approval'];

export function FinanceSettingsForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FinanceSettings>();
  const settings = useQuery({ queryKey: ledgerKeys.settings, queryFn: getSettings });
  const save = useMutation({
    mutationFn: updateSettings,
    onSuccess: (next) => {
      queryClient.setQueryData(ledgerKeys.settings, next);
      feedback.message?.success(t('common.saved'));
    },
  });
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  if (settings.isPending) return <Skeleton active />;
  return (
    <Form<FinanceSettings> form={form} layout="vertical" style={{ maxWidth: 520 }} initialValues={settings.data} onFinish={(v) => save.mutate(v)} data-testid="finance-settings-form">
      <Form.Item name="manualVoucherApproval" label={t('financeLedger.settings.manualVoucherApproval')} valuePropName="checked"
        extra={t('financeLedger.settings.manualVoucherApprovalHint')}>
        <Switch data-testid="settings-voucher-approval" />
      </Form.Item>
      <Form.Item name="budgetControl" label={t('financeLedger.settings.budgetControl')} extra={t('financeLedger.settings.budgetControlHint')}>
        <Select options={budgetModes.map((m) => ({ value: m, label: t(`financeLedger.settings.budgetModes.${m}`) }))} style={{ width: 200 }} data-testid="settings-budget-control" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">{t('common.save')}</Button>
    </Form>
  );
}
