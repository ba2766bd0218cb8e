import Decimal from 'decimal.js';
import type { Page, VoucherDetail, VoucherSummary } from '@triad/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { voucherListQuery } from '@triad/contracts';
import { approvalOf } from '../../../approval/index.ts';
import { keysetPage, type ListSpec } from '../../../../platform/http/index.ts';
import { financeErrors } from '../../errors.ts';
import { finVouchers } from '../../infra/finance.tables.ts';
import { searchCondition, selectVoucherHead, selectVoucherLinesNamed, selectVoucherSummaries } from '../../infra/ledger/voucher.queries.ts';

type SummaryRow = Awaited<ReturnType<typeof selectVoucherSummaries>>[number];

const spec: ListSpec = { sortable: { voucherDate: finVouchers.voucherDate }, defaultSort: '-voucherDate', id: finVouchers.id };

function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function presentSummary(r: SummaryRow): VoucherSummary {
  const posted = r.status === 'posted';
  const fmt = (v: string) => new Decimal(v).toFixed(2);
  return {
    id: r.id, period: r.period, word: r.word, number: r.number, voucherDate: r.voucherDate, status: r.status, summary: r.summary,
    totalDebit: posted ? r.totalDebit : fmt(r.draftDebit), totalCredit: posted ? r.totalCredit : fmt(r.draftCredit),
    sourceType: r.sourceType, sourceId: r.sourceId, sourceNumber: r.sourceNumber, reversalOfId: r.reversalOfId, reversedById: r.reversedById, createdByName: r.createdByName,
  };
}

/** The voucher list: newest date first, filtered by period, status, word and a search text. */
export async function listVouchers(query: z.infer<typeof voucherListQuery>): Promise<Page<VoucherSummary>> {
  const plan = keysetPage(spec, { cursor: query.cursor, limit: query.limit });
  const rows = await selectVoucherSummaries([
    query.period ? eq(finVouchers.period, query.period) : undefined,
    query.status ? eq(finVouchers.status, query.status) : undefined,
    query.word ? eq(finVouchers.word, query.word) : undefined,
    query.q ? searchCondition(likePattern(query.q)) : undefined,
    plan.where,
  ]).orderBy(...plan.orderBy).limit(plan.limit);
  const page = plan.page(rows, (r) => ({ sortValue: r.voucherDate, id: r.id }));
  return { items: page.items.map(presentSummary), nextCursor: page.nextCursor };
}

export async function voucherDetail(id: string): Promise<VoucherDetail> {
  const head = await selectVoucherHead(id);
  if (!head) throw financeErrors['finance.voucher.notFound']();
  const lines = await selectVoucherLinesNamed(id);
  const approval = head.approvalInstanceId ? await approvalOf('voucher', id) : null;
  return {
    ...presentSummary(head), attachmentCount: head.attachmentCount, closingKind: head.closingKind,
    approval, postedByName: head.postedByName, postedAt: head.postedAt ? head.postedAt.toISOString() : null,
    lines: lines.map((l) => ({ ...l, taxRate: l.taxRate })),
  };
}
