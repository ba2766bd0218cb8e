import { useEffect } from 'react';
import { Drawer, Form, Input, Radio, Switch } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DrawerFooter } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { createCashAccount, updateCashAccount, type CashAccount, type CashAccountInput, type CashAccountKind } from '../api.ts';
import { applyServerIssues } from '../form-errors.ts';

interface Props {
  open: boolean;
  account: CashAccount | null;
  onClose: () => void;
  onSaved: () => void;
}

interface Values { name: string; kind: CashAccountKind; bankName?: string; accountNo?: string; enabled: boolean }

const blankToNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/** A bank or cash account; creating one opens its own ledger sub-account under 1002 or 1001. */
export function CashAccountDrawer({ open, account, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? account?.kind ?? 'bank';
  useEffect(() => {
    if (!open) return;
    form.setFieldsValue(account
      ? { name: account.name, kind: account.kind, bankName: account.bankName ?? '', accountNo: account.accountNo ?? '', enabled: account.enabled }
      : { name: '', kind: 'bank', bankName: '', accountNo: '', enabled: true });
  }, [open, account, form]);

  const save = useMutation({
    mutationFn: (body: CashAccountInput) => (account ? updateCashAccount(account.id, { name: body.name, bankName: body.bankName, accountNo: body.accountNo, enabled: body.enabled }) : createCashAccount(body)),
    onSuccess: onSaved,
  });

  const onFinish = async (v: Values) => {
    const body: CashAccountInput = { name: v.name.trim(), kind: v.kind, bankName: v.kind === 'bank' ? blankToNull(v.bankName) : null, accountNo: v.kind === 'bank' ? blankToNull(v.accountNo) : null, enabled: v.enabled };
    if (!account) delete body.enabled;
    try {
      await save.mutateAsync(body);
    } catch (error) {
      applyServerIssues(form, error);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={account ? t('financeCash.cashAccounts.edit') : t('financeCash.cashAccounts.create')}
      size={mobile ? '100%' : 480}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={save.isPending} />}
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onFinish(v)} data-testid="cash-account-form">
        <Form.Item name="kind" label={t('financeCash.cashAccounts.kind')}>
          <Radio.Group disabled={account !== null} options={(['bank', 'cash'] as const).map((k) => ({ value: k, label: t(`financeCash.cashAccounts.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('financeCash.cashAccounts.name')} rules={[{ required: true, whitespace: true, message: t('financeCash.cashAccounts.nameRequired') }]}>
          <Input maxLength={60} data-testid="cash-account-name" />
        </Form.Item>
        {kind === 'bank' ? (
          <>
            <Form.Item name="bankName" label={t('financeCash.cashAccounts.bankName')}><Input maxLength={100} data-testid="cash-account-bank" /></Form.Item>
            <Form.Item name="accountNo" label={t('financeCash.cashAccounts.accountNo')}><Input maxLength={40} data-testid="cash-account-no" /></Form.Item>
          </>
        ) : null}
        {account ? (
          <Form.Item name="enabled" label={t('financeCash.cashAccounts.enabled')} valuePropName="checked"><Switch /></Form.Item>
        ) : null}
      </Form>
    </Drawer>
  );
}
