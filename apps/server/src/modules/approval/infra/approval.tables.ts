import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, updatedAt } from '../../../platform/db/columns.ts';
import type { ApprovalDefinition, FormSchema } from '@triad/contracts';
import type { InstanceState } from '../domain/index.ts';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** 审批模板: the editable draft lives here; published versions are immutable rows below. */
export const approvalRequestTypes = pgTable('approval_request_types', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  category: text('category').notNull(),
  description: text('description'),
  enabled: boolean('enabled').notNull().default(true),
  draftFormSchema: jsonb('draft_form_schema').$type<FormSchema>(),
  draftDefinition: jsonb('draft_definition').$type<ApprovalDefinition>(),
  publishedVersion: integer('published_version'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [unique('approval_request_types_tenant_code').on(t.tenantId, t.code)]);

/** One published version: never updated, so running instances can always explain themselves. */
export const approvalDefinitionVersions = pgTable('approval_definition_versions', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  requestTypeId: uuid('request_type_id').notNull().references(() => approvalRequestTypes.id),
  version: integer('version').notNull(),
  formSchema: jsonb('form_schema').$type<FormSchema>().notNull(),
  definition: jsonb('definition').$type<ApprovalDefinition>().notNull(),
  publishedAt: at('published_at').notNull().defaultNow(),
  publishedBy: uuid('published_by'),
}, (t) => [unique('approval_definition_versions_type_version').on(t.requestTypeId, t.version)]);

/** 审批单: the engine's whole state as JSON plus the columns lists filter and sort on. */
export const approvalInstances = pgTable('approval_instances', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  number: text('number').notNull(),
  title: text('title').notNull(),
  requestTypeId: uuid('request_type_id').notNull().references(() => approvalRequestTypes.id),
  version: integer('version').notNull(),
  initiatorId: uuid('initiator_id').notNull(),
  departmentId: uuid('department_id'),
  status: text('status', { enum: ['running', 'approved', 'rejected', 'withdrawn', 'returned'] }).notNull(),
  state: jsonb('state').$type<InstanceState>().notNull(),
  revision: integer('revision').notNull().default(0),
  documentType: text('document_type'),
  documentId: uuid('document_id'),
  documentNumber: text('document_number'),
  createdAt: createdAt(),
  finishedAt: at('finished_at'),
}, (t) => [
  index('approval_instances_tenant_initiator').on(t.tenantId, t.initiatorId, t.createdAt),
  // One live approval per business document: a second submission while one runs is refused.
  uniqueIndex('approval_instances_live_document').on(t.tenantId, t.documentType, t.documentId)
    .where(sql`status in ('running', 'returned') and document_id is not null`),
  index('approval_instances_document').on(t.tenantId, t.documentType, t.documentId),
]);

/** Inbox projection of `state.tasks` (待办 / 已办), rewritten with every command. */
export const approvalTasks = pgTable('approval_tasks', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  instanceId: uuid('instance_id').notNull().references(() => approvalInstances.id, { onDelete: 'cascade' }),
  nodeId: text('node_id').notNull(),
  nodeName: text('node_name').notNull(),
  assigneeId: uuid('assignee_id').notNull(),
  onBehalfOf: uuid('on_behalf_of'),
  status: text('status').notNull(),
  kind: text('kind').notNull(),
  receivedAt: at('received_at'),
  decidedAt: at('decided_at'),
}, (t) => [
  index('approval_tasks_assignee_status').on(t.tenantId, t.assigneeId, t.status),
  index('approval_tasks_instance').on(t.instanceId),
]);

/** 抄送: who was copied, and whether they have opened it. */
export const approvalCc = pgTable('approval_cc', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  instanceId: uuid('instance_id').notNull().references(() => approvalInstances.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').notNull(),
  createdAt: createdAt(),
  readAt: at('read_at'),
}, (t) => [unique('approval_cc_instance_user').on(t.instanceId, t.userId), index('approval_cc_user').on(t.tenantId, t.userId)]);

/** 外出委托: while away, new tasks of `userId` go to `delegateId`. */
export const approvalDelegations = pgTable('approval_delegations', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  userId: uuid('user_id').notNull(),
  delegateId: uuid('delegate_id').notNull(),
  startsAt: at('starts_at').notNull(),
  endsAt: at('ends_at').notNull(),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [index('approval_delegations_user').on(t.tenantId, t.userId)]);
