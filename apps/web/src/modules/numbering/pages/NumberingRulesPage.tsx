import { useCallback, useMemo, useState } from 'react';
import { Alert, Button, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { NumberingRule } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { ListPage, listQueryKey, type ListColumn } from '../../../shared/list/index.ts';
import { numberingListId, ruleFetcher } from '../api.ts';
import { RuleDrawer } from '../components/RuleDrawer.tsx';

/** 编号规则: how each document type's numbers look. */
export default function NumberingRulesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<NumberingRule | null>(null);
  const language = i18n.language;
  const labelOf = useCallback(
    // Until a module registers its type (with a name), fall back to the web's own label, then the key.
    (r: NumberingRule) => (r.label ? (language === 'en-US' ? r.label['en-US'] : r.label['zh-CN']) : t(`documentTypes.${r.docType}`, { defaultValue: r.docType })),
    [language, t],
  );

  const columns = useMemo<ListColumn<NumberingRule>[]>(() => [
    {
      key: 'docType',
      title: t('numbering.docType'),
      render: (r) => (labelOf(r) === r.docType ? <Typography.Text code>{r.docType}</Typography.Text> : (
        <Space orientation="vertical" size={0}><span>{labelOf(r)}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.docType}</Typography.Text></Space>
      )),
      exportValue: (r) => labelOf(r),
    },
    { key: 'prefix', title: t('numbering.prefix'), render: (r) => <Typography.Text code>{r.prefix}</Typography.Text>, exportValue: (r) => r.prefix },
    { key: 'datePattern', title: t('numbering.datePattern'), render: (r) => (r.datePattern === 'none' ? '-' : r.datePattern), exportValue: (r) => r.datePattern },
    { key: 'padding', title: t('numbering.padding'), align: 'right' },
    { key: 'separator', title: t('numbering.separator'), render: (r) => (r.separator === '' ? t('numbering.separators.none') : <Typography.Text code>{r.separator}</Typography.Text>), exportValue: (r) => r.separator },
    { key: 'example', title: t('numbering.example'), render: (r) => <Typography.Text strong style={{ fontFamily: 'monospace' }}>{r.example}</Typography.Text>, exportValue: (r) => r.example },
    {
      key: 'configured',
      title: t('numbering.configured'),
      render: (r) => (r.configured ? <Tag color="blue">{t('numbering.custom')}</Tag> : <Tag>{t('numbering.builtIn')}</Tag>),
      exportValue: (r) => (r.configured ? t('numbering.custom') : t('numbering.builtIn')),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      render: (r) => <Button type="link" size="small" onClick={() => setEditing(r)} data-testid="numbering-edit">{t('common.edit')}</Button>,
    },
  ], [t, labelOf]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('numbering.intro')} />
      <ListPage<NumberingRule>
        listId={numberingListId}
        title={t('numbering.title')}
        columns={columns}
        fetcher={ruleFetcher}
        rowKey={(r) => r.docType}
        rowTestId={(r) => `numbering-row-${r.docType}`}
        paginated={false}
        exportName={t('numbering.title')}
      />
      <RuleDrawer
        rule={editing}
        label={editing ? labelOf(editing) : ''}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          feedback.message?.success(t('common.saved'));
          void queryClient.invalidateQueries({ queryKey: listQueryKey(numberingListId) });
        }}
      />
    </Space>
  );
}
