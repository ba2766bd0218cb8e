import { useMemo, useState } from 'react';
import { Button, Space, Tag } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { ListPage, listQueryKey, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { importPartners, partnerFetcher, partnerImportTemplateUrl, partnerKeys, partnerListId, type Partner } from '../api.ts';
import { SpreadsheetImportModalLazy } from '../components/lazy-import-modal.tsx';
import { PartnerDrawer } from '../components/PartnerDrawer.tsx';

export default function PartnersPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [drawer, setDrawer] = useState<{ open: boolean; partner: Partner | null }>({ open: false, partner: null });
  const [importing, setImporting] = useState(false);
  const canManage = can('partner.manage');

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'q', label: t('partners.keyword'), placeholder: t('partners.search'), width: 220 },
    selectFilter('role', t('partners.role'), [
      { value: 'customer', label: t('partners.roles.customer') },
      { value: 'supplier', label: t('partners.roles.supplier') },
    ], 120),
  ], [t]);

  const columns = useMemo<ListColumn<Partner>[]>(() => {
    const roles = (p: Partner) => [p.isCustomer ? t('partners.roles.customer') : null, p.isSupplier ? t('partners.roles.supplier') : null].filter(Boolean).join('、');
    const list: ListColumn<Partner>[] = [
      { key: 'code', title: t('partners.fields.code'), width: 110 },
      { key: 'name', title: t('partners.fields.name'), width: 220 },
      {
        key: 'roles',
        title: t('partners.fields.roles'),
        width: 140,
        render: (p) => (
          <Space size={[0, 4]} wrap>
            {p.isCustomer ? <Tag color="blue">{t('partners.roles.customer')}</Tag> : null}
            {p.isSupplier ? <Tag color="purple">{t('partners.roles.supplier')}</Tag> : null}
          </Space>
        ),
        exportValue: roles,
      },
      { key: 'creditCode', title: t('partners.fields.creditCode'), width: 200 },
      { key: 'paymentTermDays', title: t('partners.fields.paymentTermDays'), width: 110, align: 'right', render: (p) => t('partners.days', { count: p.paymentTermDays }) },
      { key: 'contactName', title: t('partners.fields.contactName'), width: 100 },
      { key: 'phone', title: t('partners.fields.phone'), width: 130 },
      { key: 'address', title: t('partners.fields.address'), ellipsis: true, defaultHidden: true },
      {
        key: 'enabled',
        title: t('partners.status'),
        width: 80,
        render: (p) => <Tag color={p.enabled ? 'green' : 'default'}>{p.enabled ? t('partners.enabledTag') : t('partners.disabledTag')}</Tag>,
        exportValue: (p) => (p.enabled ? t('partners.enabledTag') : t('partners.disabledTag')),
      },
    ];
    if (canManage) {
      list.push({
        key: 'actions',
        title: t('common.actions'),
        exportable: false,
        fixed: 'right',
        width: 80,
        render: (p) => <Button type="link" size="small" onClick={() => setDrawer({ open: true, partner: p })} data-testid="partner-edit">{t('common.edit')}</Button>,
      });
    }
    return list;
  }, [t, canManage]);

  return (
    <>
      <ListPage<Partner>
        listId={partnerListId}
        title={t('partners.title')}
        columns={columns}
        fetcher={partnerFetcher}
        rowKey={(p) => p.id}
        rowTestId={(p) => `partner-row-${p.code}`}
        filters={filters}
        exportName={t('partners.title')}
        toolbar={canManage ? (
          <>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="partner-import">{t('partners.import.button')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, partner: null })} data-testid="partner-create">
              {t('partners.create')}
            </Button>
          </>
        ) : null}
      />
      <PartnerDrawer
        open={drawer.open}
        partner={drawer.partner}
        onClose={() => setDrawer({ open: false, partner: null })}
        onSaved={() => {
          feedback.message?.success(t('partners.saved'));
          setDrawer({ open: false, partner: null });
          void queryClient.invalidateQueries({ queryKey: listQueryKey(partnerListId) });
          void queryClient.invalidateQueries({ queryKey: partnerKeys.all });
        }}
      />
      <SpreadsheetImportModalLazy
        open={importing}
        title={t('partners.import.title')}
        templateUrl={partnerImportTemplateUrl}
        templateFileName={t('partners.import.templateFile')}
        runImport={importPartners}
        onClose={() => setImporting(false)}
        onImported={(result) => {
          setImporting(false);
          feedback.message?.success(t('partners.import.done', { created: result.created, updated: result.updated }));
          void queryClient.invalidateQueries({ queryKey: listQueryKey(partnerListId) });
          void queryClient.invalidateQueries({ queryKey: partnerKeys.all });
        }}
        testId="partner-import"
      />
    </>
  );
}
