import { z } from 'zod';
import { id } from '../common/scalars.ts';

export const departmentCode = z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits and . _ - only');

export const orgDepartment = z.object({
  id,
  /** null for a top-level department; the web builds the tree from this flat list. */
  parentId: id.nullable(),
  code: z.string().nullable(),
  name: z.string(),
  headUserId: id.nullable(),
  headName: z.string().nullable(),
  sortOrder: z.number().int(),
  /** Users whose department is this one (not counting sub-departments). */
  userCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgDepartment = z.infer<typeof orgDepartment>;

export const departmentList = z.object({ items: z.array(orgDepartment) });
export type DepartmentList = z.infer<typeof departmentList>;

export const createDepartmentRequest = z.object({
  name: z.string().trim().min(1).max(64),
  code: departmentCode.nullable().optional(),
  parentId: id.nullable().optional(),
  headUserId: id.nullable().optional(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});
export type CreateDepartmentRequest = z.infer<typeof createDepartmentRequest>;

export const updateDepartmentRequest = createDepartmentRequest.partial();
export type UpdateDepartmentRequest = z.infer<typeof updateDepartmentRequest>;
