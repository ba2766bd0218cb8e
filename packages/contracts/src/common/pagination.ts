import { z } from 'zod';

/** Hard cap on one page, whatever the client asks for. */
export const maxPageSize = 200;

/** `?cursor=…&limit=…&sort=field` / `sort=-field` (descending). Fields are allow-listed per route. */
export const pageQuery = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(maxPageSize).default(50),
  sort: z.string().max(64).regex(/^-?[a-zA-Z][a-zA-Z0-9]*$/).optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export interface Page<T> { items: T[]; nextCursor: string | null }
