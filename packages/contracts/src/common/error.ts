import { z } from 'zod';

/** Every 4xx/5xx answer: a stable code, a message in the caller's language, optional details. */
export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().nullable() }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;
