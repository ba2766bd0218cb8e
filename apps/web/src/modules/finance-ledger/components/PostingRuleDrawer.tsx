import { AutoComplete, Drawer, Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createPostingRuleRequest } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { DrawerFooter, SchemaField, SchemaForm } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { createPostingRule, ledgerKeys, type CreatePostingRuleBody } from '../api.ts';
import { AccountSelect } from './AccountSelect.tsx';
import { PartnerSelect } from './PartnerSelect.tsx';

// The roles the posting engine knows (brief: default rules); a custom role may be typed.
const knownRoles = [
  'receivable', 'payable', 'advanceReceived', 'prepayment', 'otherReceivable', 'otherPayable', 'bank', 'cash', 'inventory',
  'vatInput', 'vatOutput', 'revenue', 'cogs', 'salesExpense', 'adminExpense', 'financeExpense', 'goodsReceivedNotInvoiced',
];

interface Props {
  open: boolean;
  onClose: () => void;
  roleLabel: (role: string) => string;
}

export function PostingRuleDrawer({ open, onClose, roleLabel }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const create = useMutation({
    mutationFn: (body: CreatePostingRuleBody) => createPostingRule(body),
    onSuccess: () => {
      feedback.message?.success(t('common.saved'));
      void queryClient.invalidateQueries({ queryKey: ledgerKeys.postingRules });
      onClose();
    },
  });

  return (
    <Drawer open={open} onClose={onClose} title={t('financeLedger.postingRules.create')} size={mobile ? '100%' : 480} destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={create.isPending} />}>
      <SchemaForm schema={createPostingRuleRequest} form={form} initialValues={{ documentType: '*' }}
        onSubmit={(data) => create.mutateAsync(data)} data-testid="posting-rule-form">
        <SchemaField name="documentType" label={t('financeLedger.postingRules.documentType')} extra={t('financeLedger.postingRules.anyDocument')}>
          <Input data-testid="posting-rule-document-type" />
        </SchemaField>
        <SchemaField name="role" label={t('financeLedger.postingRules.role')}>
          <AutoComplete options={knownRoles.map((r) => ({ value: r, label: `${roleLabel(r)} (${r})` }))}
            showSearch={{ filterOption: (input, option) => String(option?.label ?? '').toLowerCase().includes(input.toLowerCase()) }}
            data-testid="posting-rule-role" />
        </SchemaField>
        <SchemaField name="itemCategory" label={t('financeLedger.postingRules.itemCategory')}><Input /></SchemaField>
        <SchemaField name="partnerId" label={t('financeLedger.postingRules.partner')}><PartnerSelect /></SchemaField>
        <SchemaField name="accountId" label={t('financeLedger.postingRules.account')}><AccountSelect testId="posting-rule-account" /></SchemaField>
      </SchemaForm>
    </Drawer>
  );
}
