import { useEffect, useState } from 'react';
import { Drawer, Form, Input, InputNumber, Select, Statistic } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { numberingRuleInput, type NumberingRule, type NumberingRuleInput } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { SchemaField, SchemaForm, DrawerFooter } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { previewRule, saveRule } from '../api.ts';

const patterns = ['none', 'YYYY', 'YYYYMM', 'YYYYMMDD'] as const;
const separators = [
  { value: '-', key: 'dash' },
  { value: '', key: 'none' },
  { value: '/', key: 'slash' },
  { value: '_', key: 'underscore' },
] as const;

interface Props {
  rule: NumberingRule | null;
  label: string;
  onClose: () => void;
  onSaved: () => void;
}

export function RuleDrawer({ rule, label, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [example, setExample] = useState<string | null>(null);
  const values = Form.useWatch([], form) as Partial<NumberingRuleInput> | undefined;
  const save = useMutation({ mutationFn: (body: NumberingRuleInput) => saveRule(rule?.docType ?? '', body), onSuccess: onSaved });

  // Live preview of the unsaved edit, asked of the server so it matches real numbering exactly.
  useEffect(() => {
    if (!rule || !values) return;
    const parsed = numberingRuleInput.partial().safeParse(values);
    if (!parsed.success) return;
    const timer = setTimeout(() => {
      previewRule(rule.docType, parsed.data).then((r) => setExample(r.example), () => undefined);
    }, 300);
    return () => clearTimeout(timer);
  }, [rule, values]);

  return (
    <Drawer
      open={rule !== null}
      onClose={onClose}
      title={`${t('numbering.edit')} · ${label}`}
      size={mobile ? '100%' : 480}
      destroyOnHidden
      afterOpenChange={(open) => { if (!open) setExample(null); }}
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={save.isPending} />}
    >
      {rule ? (
        <SchemaForm
          key={rule.docType}
          schema={numberingRuleInput}
          form={form}
          initialValues={{ prefix: rule.prefix, datePattern: rule.datePattern, padding: rule.padding, separator: rule.separator }}
          onSubmit={(data) => save.mutateAsync(data)}
          data-testid="numbering-form"
        >
          <SchemaField name="prefix" label={t('numbering.prefix')} extra={t('numbering.prefixHelp')}
            normalize={(v: unknown) => (typeof v === 'string' ? v.toUpperCase() : v)}>
            <Input maxLength={8} data-testid="numbering-prefix" />
          </SchemaField>
          <SchemaField name="datePattern" label={t('numbering.datePattern')}>
            <Select options={patterns.map((p) => ({ value: p, label: t(`numbering.patterns.${p}`) }))} />
          </SchemaField>
          <SchemaField name="padding" label={t('numbering.padding')}>
            <InputNumber min={3} max={8} style={{ width: '100%' }} />
          </SchemaField>
          <SchemaField name="separator" label={t('numbering.separator')}>
            <Select options={separators.map((s) => ({ value: s.value, label: t(`numbering.separators.${s.key}`) }))} />
          </SchemaField>
          <Statistic title={t('numbering.preview')} value={example ?? rule.example} styles={{ content: { fontFamily: 'monospace' } }} data-testid="numbering-preview" />
        </SchemaForm>
      ) : null}
    </Drawer>
  );
}
