import { and, eq } from 'drizzle-orm';
import type { EventEnvelope, EventMap, EventType } from '@triad/contracts';
import type { TestContext } from '../../../testing/test-app.ts';
import { sessionHeaders, type TestUser } from '../../../testing/fixtures.ts';
import { auditLog } from '../../../platform/audit/index.ts';
import { setOutboxWriter } from '../../../platform/events/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface Api {
  get(url: string): Promise<Reply>;
  post(url: string, body?: unknown): Promise<Reply>;
  patch(url: string, body: unknown): Promise<Reply>;
  del(url: string): Promise<Reply>;
}

export interface Reply {
  status: number;
  // Response bodies are checked field by field in the tests.
  body: Record<string, unknown> & { error?: { code: string; message: string; details: unknown } };
}

/** Calls the API as `user`, with a live session cookie and its CSRF token. */
export async function apiAs(t: TestContext, user: TestUser, locale = 'en-US'): Promise<Api> {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': locale };
  const call = async (method: Method, url: string, body?: unknown): Promise<Reply> => {
    const res = await t.app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : {} };
  };
  return {
    get: (url) => call('GET', url),
    post: (url, body) => call('POST', url, body ?? {}),
    patch: (url, body) => call('PATCH', url, body),
    del: (url) => call('DELETE', url),
  };
}

/** Events committed by the org commands, captured at the outbox (one list per test file). */
export function captureEvents(): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  setOutboxWriter(async (_tx, pending) => { events.push(...pending.events); });
  return events;
}

/** Payloads of the captured events of one type. */
export function payloadsOf<K extends EventType>(events: readonly EventEnvelope[], type: K): EventMap[K][] {
  return events.filter((e) => e.type === type).map((e) => e.payload as EventMap[K]);
}

export async function auditRows(tenantId: string, entity: string, entityId: string) {
  return inTenant({ tenantId }, () => tx().select().from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId))).orderBy(auditLog.at));
}
