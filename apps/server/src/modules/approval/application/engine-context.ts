import { newId } from '../../../platform/db/index.ts';
import { createDirectory, type EngineContext } from '../domain/index.ts';
import { loadOrgSnapshot } from '../infra/org-snapshot.query.ts';

/** The engine's inputs for one command: the org as of now, the time, UUIDv7 ids. */
export async function engineContext(now: Date = new Date()): Promise<EngineContext> {
  const snapshot = await loadOrgSnapshot(now);
  return { directory: createDirectory(snapshot), now: now.toISOString(), newId };
}
