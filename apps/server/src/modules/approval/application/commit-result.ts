import type { EngineResult } from '../domain/index.ts';
import { approvalErrors } from '../errors.ts';
import { saveState, syncTasks, type InstanceRow } from '../infra/instance.repository.ts';
import { findRequestType } from '../infra/request-type.repository.ts';
import { applyEffects } from './apply-effects.ts';

/**
 * Stores an engine result: the state (only over the revision it was computed from — a command
 * that lost a race changes nothing and answers 409), the inbox projection, then the effects.
 * A result without effects and with the same state (a late timeout job) is not stored.
 */
export async function commitResult(row: InstanceRow, result: EngineResult): Promise<InstanceRow> {
  if (result.state === row.state || result.state.revision === row.revision) return row;
  if (!(await saveState(row.id, result.state, row.revision))) throw approvalErrors['approval.task.alreadyDecided']();
  await syncTasks(row.id, result.state);
  const type = await findRequestType(row.requestTypeId);
  const next: InstanceRow = {
    ...row, state: result.state, status: result.state.status, revision: result.state.revision,
    finishedAt: result.state.finishedAt ? new Date(result.state.finishedAt) : null,
  };
  await applyEffects(next, result.effects, type?.code ?? '');
  return next;
}
