import { Alert, Checkbox, Drawer, Form, Input, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createAccountRequest, updateAccountRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { DrawerFooter, SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { createAccount, dimensionKeys, ledgerKeys, updateAccount, type Account, type CreateAccountBody, type UpdateAccountBody } from '../api.ts';

export interface AccountDrawerState {
  open: boolean;
  /** The account being edited; null = a new sub-account of `parent`. */
  account: Account | null;
  parent: Account | null;
}

/** 新增下级 / 编辑 科目: name, 辅助核算 dimensions and (when editing) enabled. */
export function AccountDrawer({ state, onClose }: { state: AccountDrawerState; onClose: () => void }) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const { account, parent } = state;
  const done = () => {
    feedback.message?.success(t('common.saved'));
    void queryClient.invalidateQueries({ queryKey: ledgerKeys.accounts });
    onClose();
  };
  const create = useMutation({ mutationFn: (body: CreateAccountBody) => createAccount(body), onSuccess: done });
  const update = useMutation({ mutationFn: (body: UpdateAccountBody) => updateAccount(account?.id ?? '', body), onSuccess: done });
  const dimensionOptions = dimensionKeys.map((d) => ({ value: d, label: t(`financeLedger.dimensions.${d}`) }));

  return (
    <Drawer
      open={state.open}
      onClose={onClose}
      title={account ? t('financeLedger.accounts.editTitle', { code: account.code }) : t('financeLedger.accounts.createTitle', { parent: parent ? `${parent.code} ${parent.name}` : '' })}
      size={mobile ? '100%' : 480}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={create.isPending || update.isPending} />}
    >
      <SchemaForm
        key={account?.id ?? `new:${parent?.id ?? ''}`}
        schema={account ? updateAccountRequest : createAccountRequest}
        form={form}
        initialValues={account
          ? { name: account.name, dimensions: account.dimensions, enabled: account.enabled }
          : { parentCode: parent?.code, name: '', dimensions: parent?.dimensions ?? [] }}
        onSubmit={(data) => (account ? update.mutateAsync(data as UpdateAccountBody) : create.mutateAsync(data as CreateAccountBody))}
        data-testid="account-form"
      >
        {account ? null : <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('financeLedger.accounts.codeHint')} />}
        {account ? null : <SchemaField name="parentCode" hidden><Input /></SchemaField>}
        <SchemaField name="name" label={t('financeLedger.accounts.name')}><Input maxLength={100} data-testid="account-name" /></SchemaField>
        <SchemaField name="dimensions" label={t('financeLedger.accounts.dimensions')}>
          <Checkbox.Group options={dimensionOptions} data-testid="account-dimensions" />
        </SchemaField>
        {account ? (
          <SchemaField name="enabled" label={t('financeLedger.accounts.enabled')} valuePropName="checked">
            <Switch data-testid="account-enabled" />
          </SchemaField>
        ) : null}
      </SchemaForm>
    </Drawer>
  );
}
