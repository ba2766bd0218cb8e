import { errorResponse } from '@triad/contracts';

/** Error answers every org route may give, listed so the OpenAPI document shows them. */
export const errorResponses = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
} as const;
