import { z } from 'zod';
import { id } from '../common/scalars.ts';

export const orgPosition = z.object({
  id,
  code: z.string().nullable(),
  name: z.string(),
  sortOrder: z.number().int(),
  /** Users holding this position. */
  userCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgPosition = z.infer<typeof orgPosition>;

export const positionList = z.object({ items: z.array(orgPosition) });
export type PositionList = z.infer<typeof positionList>;

export const createPositionRequest = z.object({
  name: z.string().trim().min(1).max(64),
  code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits and . _ - only').nullable().optional(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});
export type CreatePositionRequest = z.infer<typeof createPositionRequest>;

export const updatePositionRequest = createPositionRequest.partial();
export type UpdatePositionRequest = z.infer<typeof updatePositionRequest>;
