import { eq } from 'drizzle-orm';
import type { MeResponse, UpdateProfileRequest } from '@triad/contracts';
import type { Principal } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { schema } from '../db/index.ts';
import { tx } from '../tx/index.ts';
import { loadMe } from './load-me.ts';

const { users } = schema;
const profileFields = ['displayName', 'email', 'phone', 'locale'] as const;

/** Users keep their own contact details and language; everything else about them is HR's. */
export async function updateProfile(principal: Principal, input: UpdateProfileRequest): Promise<MeResponse> {
  const [current] = await tx()
    .select({ displayName: users.displayName, email: users.email, phone: users.phone, locale: users.locale })
    .from(users).where(eq(users.id, principal.userId)).for('update');
  if (!current) throw new Error(`authenticated user ${principal.userId} has no row`);
  const before: Partial<typeof current> = {};
  const after: Partial<typeof current> = {};
  for (const field of profileFields) {
    const value = input[field];
    if (value === undefined || value === current[field]) continue;
    Object.assign(before, { [field]: current[field] });
    Object.assign(after, { [field]: value });
  }
  if (Object.keys(after).length > 0) {
    await tx().update(users).set({ ...after, updatedAt: new Date() }).where(eq(users.id, principal.userId));
    await recordAudit({ entity: 'user', entityId: principal.userId, action: 'updateProfile', before, after });
  }
  return loadMe(principal);
}
