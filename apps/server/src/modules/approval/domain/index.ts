// The approval engine's pure core: definitions, validation, routing and every action, with no
// database and no clock of its own. The runtime (application/, infra/, http/) calls these
// inside its transactions and persists the returned state and effects.
export * from './instance-state.ts';
export * from './directory.ts';
export * from './engine-errors.ts';
export type { EngineContext } from './session.ts';
export { startInstance, type StartInput } from './start-instance.ts';
export { applyAction, type EngineAction } from './apply-action.ts';
export { onTimeout } from './timeout.ts';
export { reassignUser } from './reassign-user.ts';
export { validateDefinition } from './validate-definition.ts';
export { validateFormSchema } from './validate-form-schema.ts';
export { definitionIssueMessages, type DefinitionIssue, type DefinitionIssueCode } from './validation-messages.ts';
export { normalizeForm, type FormIssue } from './form-values.ts';
export { evaluateCondition, subjectKind, operatorsByKind } from './expressions.ts';
export { previewRoute, type RouteStep } from './preview-route.ts';
export { fieldAccess, visibleForm } from './field-access.ts';
export { isParticipant } from './actions/comment.ts';
export { nextUrgeAt } from './actions/initiator-actions.ts';
export { pendingTasksOf, returnTargetsOf } from './queries.ts';
export { requestTypes, type RequestTypeRefs } from './request-types.ts';
