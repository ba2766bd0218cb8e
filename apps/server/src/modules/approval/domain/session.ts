import { indexDefinition, type DefinitionIndex } from './definition-index.ts';
import type { ApprovalDirectory } from './directory.ts';
import type { ApprovalEffect, EngineResult, HistoryEntry, InstanceState } from './instance-state.ts';

/**
 * What the runtime hands the engine for one command: the org directory, the current time and
 * an id generator (UUIDv7 in the runtime, a counter in tests). Nothing else varies, so the same
 * inputs give the same result.
 */
export interface EngineContext {
  directory: ApprovalDirectory;
  /** ISO timestamp of the command. */
  now: string;
  newId: () => string;
}

/** A command in progress: a private copy of the state plus the effects collected so far. */
export interface Session {
  state: InstanceState;
  effects: ApprovalEffect[];
  ctx: EngineContext;
  index: DefinitionIndex;
}

export function openSession(state: InstanceState, ctx: EngineContext): Session {
  // The definition and form schema are immutable versions: shared, never copied.
  const { definition, formSchema, ...rest } = state;
  const draft: InstanceState = { ...structuredClone(rest), definition, formSchema };
  return { state: draft, effects: [], ctx, index: indexDefinition(definition) };
}

export function closeSession(session: Session): EngineResult {
  session.state.revision += 1;
  return { state: session.state, effects: session.effects };
}

export type HistoryInput = Pick<HistoryEntry, 'action'> & Partial<Omit<HistoryEntry, 'id' | 'at' | 'action'>>;

export function addHistory(session: Session, entry: HistoryInput): HistoryEntry {
  // Absent optional inputs keep the defaults below rather than turning into `undefined`.
  const given = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as Partial<HistoryEntry>;
  const full: HistoryEntry = {
    id: session.ctx.newId(),
    at: session.ctx.now,
    action: entry.action,
    actorId: null,
    onBehalfOf: null,
    nodeId: null,
    taskId: null,
    comment: null,
    attachmentIds: [],
    userIds: [],
    details: null,
    ...given,
  };
  session.state.history.push(full);
  return full;
}

export function emit(session: Session, effect: ApprovalEffect): void {
  session.effects.push(effect);
}
