import type { ApprovalDefinition, ApprovalMode, FormSchema, FormValues } from './contracts.ts';

/**
 * The serialisable state of one approval instance. The runtime stores it as JSON next to the
 * instance row and projects `tasks` into the inbox. It embeds the definition version it runs
 * on, so publishing an edit never changes a running instance.
 */
export interface InstanceState {
  stateVersion: 1;
  /** +1 per applied command: the runtime's optimistic-concurrency check ("exactly one wins"). */
  revision: number;
  definition: ApprovalDefinition;
  formSchema: FormSchema;
  /** Current values, computed fields included (corrected by approvers with edit rights). */
  form: FormValues;
  initiator: InitiatorRef;
  /** 发起人自选 picks: node id → user ids. */
  chosenApprovers: Record<string, string[]>;
  status: InstanceStatus;
  /** +1 each time the initiator resubmits after a return; older runs stay in the timeline. */
  round: number;
  tokens: FlowToken[];
  /** Latest branch taken at each condition node (the diagram highlights it; 退回 targets follow it). */
  branchTaken: Record<string, string>;
  runs: NodeRun[];
  tasks: ApprovalTask[];
  history: HistoryEntry[];
  /** Everyone CC'd so far: they may read the instance. */
  ccUserIds: string[];
  startedAt: string;
  finishedAt: string | null;
}

export interface InitiatorRef { userId: string; departmentId: string | null }

/** `returned` = back with the initiator (退回发起人), who resubmits or withdraws. */
export type InstanceStatus = 'running' | 'approved' | 'rejected' | 'withdrawn' | 'returned';
export const finalStatuses: readonly InstanceStatus[] = ['approved', 'rejected', 'withdrawn'];

/**
 * A position of the flow. The root token walks the top-level chain; a parallel node parks its
 * token (`waiting`) and starts one child token per branch, joining when all children are done.
 */
export interface FlowToken {
  id: string;
  parentId: string | null;
  /** Parallel branch walked by a child token. */
  branchId: string | null;
  /** Approver node it waits at (`active`) or parallel node it waits on (`waiting`). */
  nodeId: string | null;
  status: 'active' | 'waiting' | 'done' | 'cancelled';
  /** Who approved the node just passed: the "twice in a row" (去重) rule compares with it. */
  lastApproverIds: string[];
}

/** One visit of a token to an approver node. */
export interface NodeRun {
  id: string;
  nodeId: string;
  tokenId: string;
  round: number;
  mode: ApprovalMode;
  status: 'active' | 'approved' | 'rejected' | 'returned' | 'cancelled';
  /** Why the node passed without anyone acting, if it did. */
  autoPass: AutoPassReason | null;
  /** Approvers the source resolved to, before the skip and dedupe rules (for the timeline). */
  resolvedUserIds: string[];
  /** Approvers taken as having approved: the initiator (skip rule) or a repeat (dedupe rule). */
  skipped: Array<{ userId: string; reason: 'initiator' | 'dedupe' }>;
  startedAt: string;
  finishedAt: string | null;
}

export type AutoPassReason = 'noApprover' | 'initiator' | 'dedupe';

/**
 * `queued`: waits for its turn (依次). `pending`: in someone's inbox. `onHold`: waits for a
 * delegate's opinion (委派) or for signers added before it (前加签). `resolved`: a delegate gave
 * their opinion. The others are final.
 */
export type TaskStatus =
  | 'queued' | 'pending' | 'onHold'
  | 'approved' | 'rejected' | 'returned' | 'resolved' | 'transferred' | 'cancelled';
export const openTaskStatuses: readonly TaskStatus[] = ['queued', 'pending', 'onHold'];

export interface ApprovalTask {
  id: string;
  runId: string;
  nodeId: string;
  tokenId: string;
  round: number;
  /** `delegate`: asks for an opinion only; the delegator keeps the decision. */
  kind: 'approve' | 'delegate';
  assigneeId: string;
  /** Out-of-office (外出委托): the user this task was meant for, when it went to their delegate. */
  onBehalfOf: string | null;
  status: TaskStatus;
  /** Order inside the node run (依次 goes by it). */
  seq: number;
  /** The task this one serves: the delegator's task, or the task that added this signer. */
  parentTaskId: string | null;
  addedPosition: 'before' | 'after' | null;
  /** Transferred from this task (转办 / escalation / reassignment). */
  previousTaskId: string | null;
  opinion: 'agree' | 'disagree' | null;
  createdAt: string;
  activatedAt: string | null;
  decidedAt: string | null;
  /** Who actually acted (the assignee, or the assignee's out-of-office delegate, or null = system). */
  decidedBy: string | null;
  remindedAt: string | null;
  lastUrgedAt: string | null;
}

export type HistoryAction =
  | 'submit' | 'resubmit' | 'approve' | 'reject' | 'return' | 'transfer' | 'delegate' | 'delegateResolve'
  | 'addSigner' | 'removeSigner' | 'withdraw' | 'urge' | 'comment' | 'autoPass' | 'cc'
  | 'timeoutRemind' | 'timeoutEscalate' | 'timeoutApprove' | 'timeoutReject' | 'reassign' | 'formEdit';

/** The timeline (审批记录): one entry per thing that happened, in order. */
export interface HistoryEntry {
  id: string;
  at: string;
  action: HistoryAction;
  /** null = the system (timeouts, automatic passes). */
  actorId: string | null;
  /** Set when the actor acted as someone's out-of-office delegate. */
  onBehalfOf: string | null;
  nodeId: string | null;
  taskId: string | null;
  comment: string | null;
  attachmentIds: string[];
  /** Users the action concerns (new assignee, added signers, cc recipients …). */
  userIds: string[];
  details: Record<string, unknown> | null;
}

export interface FieldChange { key: string; before: unknown; after: unknown }

export type TaskOpenReason =
  | 'assigned' | 'transferred' | 'delegated' | 'delegationReturned' | 'signerAdded'
  | 'signersDone' | 'escalated' | 'reassigned';

export type NotifyReason = 'urged' | 'reminder' | 'approved' | 'rejected' | 'returned' | 'withdrawn' | 'commented';

/**
 * What the runtime must do after a command, besides storing the new state: open/close inbox
 * items, notify people, grant CC read access, schedule timeout jobs, audit form edits, emit
 * `approval.instance.*` events.
 */
export type ApprovalEffect =
  | { type: 'taskOpened'; taskId: string; assigneeId: string; nodeId: string; reason: TaskOpenReason; onBehalfOf: string | null }
  | { type: 'taskClosed'; taskId: string; assigneeId: string; status: TaskStatus }
  | { type: 'notify'; userIds: string[]; reason: NotifyReason; taskId: string | null; nodeId: string | null }
  | { type: 'cc'; nodeId: string; userIds: string[] }
  | { type: 'timer'; taskId: string; stage: 'remind' | 'act'; at: string }
  | { type: 'formChanged'; nodeId: string | null; taskId: string | null; changes: FieldChange[] }
  | { type: 'instanceFinished'; outcome: 'approved' | 'rejected' | 'withdrawn' }
  | { type: 'instanceReturned' }
  | { type: 'instanceResubmitted'; round: number };

export interface EngineResult { state: InstanceState; effects: ApprovalEffect[] }
