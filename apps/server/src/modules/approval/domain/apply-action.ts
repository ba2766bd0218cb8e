import { comment } from './actions/comment.ts';
import { approve, reject } from './actions/decide.ts';
import { delegate, transfer } from './actions/handover.ts';
import { resubmit, urge, withdraw } from './actions/initiator-actions.ts';
import { returnTask } from './actions/return.ts';
import { addSigner, removeSigner } from './actions/signers.ts';
import type { ApprovalAction } from './contracts.ts';
import type { EngineResult, InstanceState } from './instance-state.ts';
import { closeSession, openSession, type EngineContext } from './session.ts';

/** An action with the acting user (from the session, never from the request body). */
export type EngineAction = ApprovalAction & { actorId: string };

/**
 * Applies one person's action to an instance. Pure: the input state is not touched; the result
 * is the next state and the effects for the runtime. A refused action throws ApprovalRuleError
 * and changes nothing.
 */
export function applyAction(state: InstanceState, action: EngineAction, ctx: EngineContext): EngineResult {
  const session = openSession(state, ctx);
  switch (action.type) {
    case 'approve': approve(session, action); break;
    case 'reject': reject(session, action); break;
    case 'return': returnTask(session, action); break;
    case 'transfer': transfer(session, action); break;
    case 'delegate': delegate(session, action); break;
    case 'addSigner': addSigner(session, action); break;
    case 'removeSigner': removeSigner(session, action); break;
    case 'withdraw': withdraw(session, action); break;
    case 'urge': urge(session, action); break;
    case 'comment': comment(session, action); break;
    case 'resubmit': resubmit(session, action); break;
  }
  return closeSession(session);
}
