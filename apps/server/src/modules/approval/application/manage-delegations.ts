import type { CreateDelegationRequest, Delegation } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { approvalErrors } from '../errors.ts';
import { deleteDelegation, findDelegation, insertDelegation, listDelegationRows, type DelegationRow } from '../infra/delegation.repository.ts';
import { userNames } from '../infra/org-snapshot.query.ts';
import { engineContext } from './engine-context.ts';

async function views(rows: DelegationRow[]): Promise<Delegation[]> {
  const names = await userNames(rows.flatMap((r) => [r.userId, r.delegateId]));
  const ref = (id: string) => ({ id, displayName: names.get(id)?.displayName ?? '' });
  return rows.map((r) => ({
    id: r.id, user: ref(r.userId), delegate: ref(r.delegateId),
    startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString(), createdAt: r.createdAt.toISOString(),
  }));
}

/** 外出委托: one's own, or everyone's for an approval administrator. */
export async function listDelegations(userId: string, isAdmin: boolean): Promise<{ items: Delegation[] }> {
  return { items: await views(await listDelegationRows(isAdmin ? null : userId)) };
}

/** While `userId` is away, tasks that open for them go to `delegateId` instead. */
export async function createDelegation(callerId: string, isAdmin: boolean, input: CreateDelegationRequest): Promise<Delegation> {
  const userId = input.userId ?? callerId;
  if (userId !== callerId && !isAdmin) throw approvalErrors['approval.delegation.forbidden']();
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (!(startsAt < endsAt) || userId === input.delegateId) throw approvalErrors['approval.delegation.invalid']();
  const { directory } = await engineContext();
  if (!directory.user(userId) || !directory.isActive(input.delegateId)) throw approvalErrors['approval.user.notFound']();
  const id = newId();
  await insertDelegation({ id, tenantId: actor().tenantId, userId, delegateId: input.delegateId, startsAt, endsAt, createdBy: callerId });
  await recordAudit({ entity: 'approvalDelegation', entityId: id, action: 'create', after: { userId, delegateId: input.delegateId, startsAt: input.startsAt, endsAt: input.endsAt } });
  const row = await findDelegation(id);
  if (!row) throw approvalErrors['approval.delegation.notFound']();
  const [view] = await views([row]);
  if (!view) throw approvalErrors['approval.delegation.notFound']();
  return view;
}

export async function removeDelegation(callerId: string, isAdmin: boolean, id: string): Promise<void> {
  const row = await findDelegation(id);
  if (!row || (row.userId !== callerId && !isAdmin)) throw approvalErrors['approval.delegation.notFound']();
  await deleteDelegation(id);
  await recordAudit({ entity: 'approvalDelegation', entityId: id, action: 'delete', before: { userId: row.userId, delegateId: row.delegateId } });
}
