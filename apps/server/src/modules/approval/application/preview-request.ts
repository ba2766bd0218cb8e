import type { FormValues, PreviewResponse } from '@triad/contracts';
import { normalizeForm, previewRoute, type RouteStep } from '../domain/index.ts';
import { approvalErrors, engineCall } from '../errors.ts';
import { userNames } from '../infra/org-snapshot.query.ts';
import { findRequestType, findVersion } from '../infra/request-type.repository.ts';
import { engineContext } from './engine-context.ts';

const flatten = (steps: RouteStep[]): Array<Exclude<RouteStep, { type: 'parallel' }>> =>
  steps.flatMap((s) => (s.type === 'parallel' ? s.branches.flatMap(flatten) : [s]));

/**
 * 审批流程预览 under the submit form: the route these values would take if everyone approved.
 * Incomplete forms still preview (conditions on missing fields take the default branch).
 */
export async function previewRequest(requestTypeId: string, form: FormValues, initiatorId: string): Promise<PreviewResponse> {
  const type = await findRequestType(requestTypeId);
  if (!type || type.publishedVersion === null) throw approvalErrors['approval.requestType.notFound']();
  const version = await findVersion(type.id, type.publishedVersion);
  if (!version) throw approvalErrors['approval.requestType.notFound']();
  const ctx = await engineContext();
  const initiator = ctx.directory.user(initiatorId);
  if (!initiator) throw approvalErrors['approval.user.notFound']();
  const values = normalizeForm(version.formSchema, form).values;
  const steps = flatten(engineCall(() => previewRoute({
    definition: version.definition, formSchema: version.formSchema, form: values,
    initiator: { userId: initiatorId, departmentId: initiator.departmentId }, chosenApprovers: {}, directory: ctx.directory,
  })));
  const names = await userNames(steps.flatMap((s) => s.userIds));
  const ref = (id: string) => ({ id, displayName: names.get(id)?.displayName ?? '' });
  return {
    nodes: steps.map((s) => s.type === 'cc'
      ? { nodeId: s.nodeId, name: s.name, kind: 'cc' as const, approvers: s.userIds.map(ref), mode: null, needsChoice: false }
      : {
        nodeId: s.nodeId, name: s.name, kind: 'approver' as const, approvers: s.userIds.map(ref), mode: s.mode, needsChoice: s.needsChoice,
        ...(s.autoPass ? { skipped: s.autoPass } : s.empty ? { skipped: s.empty } : {}),
      }),
  };
}
