import { useEffect, useRef, useState } from 'react';
import { Button, Card, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Space } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CashFlowCategory } from '@triad/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { listQueryKey } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { cashListIds, createPayment, financeCashKeys, listPartnerOpenItems, submitPayment, type Direction, type PaymentInput } from '../api.ts';
import { allocationIssues, allocationList, autoAllocate } from '../allocation.ts';
import { defaultCategory } from '../categories.ts';
import { AllocationTable } from '../components/AllocationTable.tsx';
import { useUrlChoice } from '../components/KindTabs.tsx';
import { CashAccountSelect, CashFlowCategorySelect } from '../components/Pickers.tsx';
import { applyServerIssues } from '../form-errors.ts';
import { fenOf, fenToString, groupDigits, sumMoney, ungroupDigits } from '../money.ts';

const directions = ['out', 'in'] as const;

interface Values {
  partnerId?: string;
  cashAccountId?: string | null;
  amount?: string;
  paymentDate?: Dayjs;
  category: CashFlowCategory;
  summary?: string;
}

/** 付款申请 / 收款单: a payment against a partner, settling its open items oldest first by default. */
export default function PaymentFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [direction] = useUrlChoice<Direction>('direction', directions);
  const [params] = useSearchParams();
  const presetPartner = params.get('partnerId');
  const [form] = Form.useForm<Values>();
  const partnerId = Form.useWatch('partnerId', form);
  const amount = String(Form.useWatch('amount', form) ?? '');
  const [allocations, setAllocations] = useState<Record<string, string | undefined>>({});
  const kind = direction === 'out' ? 'payable' : 'receivable';
  const openItems = useQuery({
    queryKey: financeCashKeys.openItems(kind, partnerId ?? ''),
    queryFn: () => listPartnerOpenItems(kind, partnerId ?? ''),
    enabled: Boolean(partnerId),
  });
  const items = partnerId ? openItems.data ?? [] : [];

  // Opened from an invoice ("付款"/"收款"): the partner is known, so propose settling everything open.
  const presetDone = useRef(false);
  useEffect(() => {
    if (presetDone.current || !presetPartner || partnerId !== presetPartner || !openItems.data) return;
    presetDone.current = true;
    const total = sumMoney(openItems.data.map((i) => i.open));
    form.setFieldValue('amount', total);
    setAllocations(autoAllocate(total, openItems.data));
  }, [presetPartner, partnerId, openItems.data, form]);

  const autoFill = () => {
    // With no amount yet, the usual intent is "pay everything that is open".
    let target = amount;
    if (fenOf(target) <= 0n) {
      target = sumMoney(items.map((i) => i.open));
      form.setFieldValue('amount', target);
    }
    setAllocations(autoAllocate(target, items));
  };

  const save = useMutation({
    mutationFn: async ({ body, submit }: { body: PaymentInput; submit: boolean }) => {
      const created = await createPayment(body);
      return submit ? submitPayment(created.id) : created;
    },
    onSuccess: (payment, { submit }) => {
      feedback.message?.success(submit ? t('financeCash.payments.submitted') : t('financeCash.common.created'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(cashListIds.payments) });
      navigate(`/finance/payments/${payment.id}`, { replace: true });
    },
  });

  const onSave = async (submit: boolean) => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (allocationIssues(values.amount ?? '0', items, allocations).length > 0) {
      feedback.message?.error(t('financeCash.payments.overTotal'));
      return;
    }
    const body: PaymentInput = {
      direction,
      partnerId: values.partnerId ?? null,
      cashAccountId: values.cashAccountId ?? null,
      amount: fenToString(fenOf(values.amount)),
      paymentDate: (values.paymentDate ?? dayjs()).format('YYYY-MM-DD'),
      category: values.category,
      summary: values.summary?.trim() ?? '',
      allocations: allocationList(allocations),
    };
    try {
      await save.mutateAsync({ body, submit });
    } catch (error) {
      applyServerIssues(form, error);
    }
  };

  const positive = { validator: (_: unknown, v: unknown) => (fenOf(v as string) > 0n ? Promise.resolve() : Promise.reject(new Error(t('financeCash.payments.amountRequired')))) };

  return (
    <Card title={t(`financeCash.payments.newTitle.${direction}`)} data-testid="payment-form-page">
      <Form<Values> form={form} layout="vertical" initialValues={{ paymentDate: dayjs(), category: defaultCategory(direction), partnerId: presetPartner ?? undefined }} data-testid="payment-form">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="partnerId" label={t('financeCash.common.partner')} rules={[{ required: true, message: t('financeCash.invoices.partnerRequired') }]}>
              <PartnerSelect role={direction === 'out' ? 'supplier' : 'customer'} initialLabel={params.get('partnerName')} onChange={() => setAllocations({})} testId="payment-partner" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="cashAccountId" label={t('financeCash.payments.cashAccount')} rules={direction === 'in' ? [{ required: true, message: t('financeCash.payments.cashAccountRequired') }] : []}>
              <CashAccountSelect allowClear testId="payment-cash-account" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="amount" label={t('financeCash.common.amount')} rules={[positive]}>
              <InputNumber<string> stringMode min="0" precision={2} formatter={groupDigits} parser={ungroupDigits} style={{ width: '100%' }} data-testid="payment-amount" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="paymentDate" label={t(`financeCash.payments.paymentDate.${direction}`)} rules={[{ required: true, message: t('financeCash.invoices.dateRequired') }]}>
              <DatePicker allowClear={false} style={{ width: '100%' }} data-testid="payment-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="category" label={t('financeCash.payments.category')} rules={[{ required: true, message: t('financeCash.payments.categoryRequired') }]}>
              <CashFlowCategorySelect direction={direction} testId="payment-category" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="summary" label={t('financeCash.common.summary')} rules={[{ required: true, whitespace: true, message: t('financeCash.payments.summaryRequired') }]}>
              <Input maxLength={200} data-testid="payment-summary" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Divider titlePlacement="start" plain>{t(`financeCash.payments.allocationsOf.${direction}`)}</Divider>
      <AllocationTable
        amount={amount}
        items={items}
        loading={openItems.isFetching}
        allocations={allocations}
        onChange={setAllocations}
        onAutoFill={autoFill}
      />
      <Space style={{ marginTop: 24 }} wrap>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button onClick={() => void onSave(false)} loading={save.isPending} data-testid="payment-save">{t('financeCash.payments.save')}</Button>
        {direction === 'out' ? (
          <Button type="primary" onClick={() => void onSave(true)} loading={save.isPending} data-testid="payment-save-submit">{t('financeCash.payments.saveAndSubmit')}</Button>
        ) : null}
      </Space>
    </Card>
  );
}
