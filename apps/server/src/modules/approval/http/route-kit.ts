import type { FastifyRequest } from 'fastify';
import { errorResponse } from '@triad/contracts';
import { hasPermission, principalOf } from '../../../platform/access/index.ts';
import { localeFromHeader, type Locale } from '../../../platform/i18n/index.ts';

/** Error answers every approval route may give, listed so the OpenAPI document shows them. */
export const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;

export const tags = ['approval'];

export const callerId = (request: FastifyRequest): string => principalOf(request).userId;
export const can = (request: FastifyRequest, permission: string): boolean => hasPermission(principalOf(request), permission);
export const localeOf = (request: FastifyRequest): Locale => localeFromHeader(request.headers['accept-language']);
