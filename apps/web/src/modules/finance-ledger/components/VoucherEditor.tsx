import { useState } from 'react';
import { Alert, Card, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import type { VoucherDetail } from '../api.ts';
import { sumCents } from '../money.ts';
import { useAccounts } from '../hooks.ts';
import { blankLine, lineProblems, linesFromVoucher, toVoucherInput, voucherTotals, type EditLine, type VoucherHeader } from '../voucher-lines.ts';
import { BalanceIndicator } from './BalanceIndicator.tsx';
import { ReverseModal } from './ReverseModal.tsx';
import { SourceLink } from './SourceLink.tsx';
import { VoucherActions } from './VoucherActions.tsx';
import { VoucherGrid } from './VoucherGrid.tsx';
import { VoucherHeaderFields } from './VoucherHeaderFields.tsx';
import { VoucherNotices } from './VoucherNotices.tsx';
import { VoucherReadGrid } from './VoucherReadGrid.tsx';
import { VoucherStatusTag } from './VoucherStatusTag.tsx';
import { useVoucherMutations } from './useVoucherMutations.ts';
import { useProblemText } from './useProblemText.ts';
import './voucher.css';

interface Props {
  /** null = a new voucher. */
  voucher: VoucherDetail | null;
  canEdit: boolean;
}

function initialHeader(voucher: VoucherDetail | null): VoucherHeader {
  if (voucher) return { word: voucher.word, voucherDate: voucher.voucherDate, attachmentCount: voucher.attachmentCount };
  return { word: 'ji', voucherDate: dayjs().format('YYYY-MM-DD'), attachmentCount: 0 };
}

/** 凭证录入/查看: the paper-like voucher; editable while a draft, read-only once posted or in approval. */
export function VoucherEditor({ voucher, canEdit }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const mobile = useIsMobile();
  const accounts = useAccounts();
  const problemText = useProblemText();
  const [header, setHeader] = useState<VoucherHeader>(() => initialHeader(voucher));
  const [lines, setLines] = useState<EditLine[]>(() => {
    const saved = voucher ? linesFromVoucher(voucher) : [];
    return [...saved, ...Array.from({ length: Math.max(0, 4 - saved.length) }, () => blankLine())];
  });
  const [dirty, setDirty] = useState(false);
  const [showMissing, setShowMissing] = useState(false);
  const [reversing, setReversing] = useState(false);
  const mutations = useVoucherMutations(voucher);
  const editable = canEdit && (!voucher || voucher.status === 'draft');
  const problems = lineProblems(lines, accounts.byId);
  const totals = voucherTotals(lines);
  const shown = editable || !voucher ? totals : { debit: sumCents(voucher.lines.map((l) => l.debit)), credit: sumCents(voucher.lines.map((l) => l.credit)) };

  const edit = <T,>(setter: (value: T) => void) => (value: T) => { setter(value); setDirty(true); };
  /** The body to save, or null (and the problems shown) when the voucher is incomplete. */
  const body = () => {
    if (problems.length > 0) {
      setShowMissing(true);
      return null;
    }
    return toVoucherInput(header, lines);
  };
  const wordName = t(`financeLedger.wordNames.${header.word}`);
  // On a phone the toolbar sits above the voucher instead of squeezing the card title.
  const actions = (
    <VoucherActions
      voucher={voucher}
      editable={editable}
      busy={mutations.save.isPending || mutations.post.isPending || mutations.remove.isPending}
      onSave={() => { const b = body(); if (b) mutations.save.mutate(b, { onSuccess: () => setDirty(false) }); }}
      onPost={() => {
        if (!editable) return mutations.post.mutate(null);
        const b = body();
        if (b) mutations.post.mutate(!voucher || dirty ? b : null);
      }}
      onDelete={() => mutations.remove.mutate()}
      onReverse={() => setReversing(true)}
    />
  );

  return (
    <div className="fl-voucher-page triad-print-sheet" data-testid="voucher-page" data-status={voucher?.status ?? 'new'}>
      <Card
        styles={{ body: { padding: mobile ? 12 : 24 } }}
        title={(
          <Space className="fl-no-print" size={8}>
            <span>{voucher ? voucher.number : t('financeLedger.voucher.newTitle')}</span>
            {voucher ? <VoucherStatusTag voucher={voucher} /> : null}
            {voucher?.closingKind ? <Tag color="purple">{t(`financeLedger.voucher.closing.${voucher.closingKind}`)}</Tag> : null}
          </Space>
        )}
        extra={mobile ? null : actions}
      >
        {mobile ? <div style={{ marginBottom: 12 }}>{actions}</div> : null}
        <div className="fl-voucher-title" data-testid="voucher-title">{wordName}</div>
        <div className="fl-print-only" style={{ marginBottom: 8 }}>{t('financeLedger.voucher.company', { name: me.tenant.name })}</div>
        {voucher ? <VoucherNotices voucher={voucher} /> : null}
        <div style={{ marginBottom: 12 }}>
          <VoucherHeaderFields header={header} onChange={edit(setHeader)} number={voucher?.number ?? null} readOnly={!editable} />
        </div>
        {editable
          ? <VoucherGrid lines={lines} onChange={edit(setLines)} accounts={accounts.byId} showMissing={showMissing} />
          : voucher ? <VoucherReadGrid voucher={voucher} /> : null}
        <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 12 }} wrap>
          <Space size={24} wrap>
            <Typography.Text type="secondary">{t('financeLedger.voucher.maker')}：{voucher?.createdByName ?? me.user.displayName}</Typography.Text>
            {voucher?.postedByName ? <Typography.Text type="secondary">{t('financeLedger.voucher.poster')}：{voucher.postedByName}</Typography.Text> : null}
            {voucher?.postedAt ? <Typography.Text type="secondary">{t('financeLedger.voucher.postedAt')}：{formatDateTime(voucher.postedAt)}</Typography.Text> : null}
            {voucher?.sourceNumber ? <SourceLink voucher={voucher} /> : null}
          </Space>
          {editable || voucher ? <span className="fl-no-print"><BalanceIndicator debit={shown.debit} credit={shown.credit} /></span> : null}
        </Space>
        {editable ? <Typography.Text type="secondary" className="fl-no-print" style={{ fontSize: 12 }}>{t('financeLedger.voucher.keyboardHint')}</Typography.Text> : null}
        {editable && showMissing && problems.length > 0 ? (
          <Alert className="fl-no-print" type="error" showIcon style={{ marginTop: 12 }} data-testid="voucher-problems"
            title={t('financeLedger.voucher.cannotSave')} description={<ul style={{ margin: 0, paddingLeft: 20 }}>{problems.slice(0, 8).map((p, i) => <li key={i}>{problemText(p)}</li>)}</ul>} />
        ) : null}
      </Card>
      {voucher ? <div className="fl-no-print" style={{ marginTop: 16 }}><DocumentChainPanel type="voucher" id={voucher.id} /></div> : null}
      {voucher ? (
        <ReverseModal open={reversing} number={voucher.number} saving={mutations.reverse.isPending} onCancel={() => setReversing(false)}
          onConfirm={(date) => mutations.reverse.mutate(date, { onSuccess: () => setReversing(false) })} />
      ) : null}
    </div>
  );
}
