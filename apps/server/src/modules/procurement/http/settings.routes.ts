import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, procurementSettings, updateProcurementSettingsBody } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { getSettings, updateSettings } from '../application/receipts/settings.ts';

const base = '/api/v1/procurement/settings';
const tags = ['procurement'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse } as const;

/** 采购容差: over-receipt and three-way match tolerances of the company. */
export function registerSettingsRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(base, {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Procurement tolerances', response: { 200: procurementSettings, ...errorResponses } },
  }, (request) => asCaller(request, () => getSettings()));

  r.put(base, {
    config: { permission: 'procurement.settings' },
    schema: { tags, summary: 'Change procurement tolerances', body: updateProcurementSettingsBody, response: { 200: procurementSettings, ...errorResponses } },
  }, (request) => asCaller(request, () => updateSettings(request.body)));
}
