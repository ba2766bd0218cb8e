import type { Principal } from '../access/index.ts';

/**
 * Says whether someone other than the uploader may read a file — e.g. approvals: the caller can
 * see an instance that references it. Runs inside the caller's tenant transaction.
 */
export type FileAccessResolver = (fileId: string, principal: Principal) => Promise<boolean>;

const resolvers: FileAccessResolver[] = [];

export function registerFileAccess(resolver: FileAccessResolver): void {
  if (!resolvers.includes(resolver)) resolvers.push(resolver);
}

export async function anyResolverGrants(fileId: string, principal: Principal): Promise<boolean> {
  for (const resolver of resolvers) {
    if (await resolver(fileId, principal)) return true;
  }
  return false;
}
