import {
  docTypeParams, numberingPreview, numberingPreviewRequest, numberingRule, numberingRuleInput, numberingRuleList,
} from '@triad/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { asCaller } from '../access/index.ts';
import { listNumberingRules, previewNumber, updateNumberingRule } from './numbering-rules.ts';

const tags = ['platform'];

/** 系统设置 › 单据编号. */
export async function numberingRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get('/api/v1/numbering/rules', {
    config: { permission: 'platform.numbering.manage' },
    schema: { tags, summary: 'Numbering rules of every document type', response: { 200: numberingRuleList } },
  }, async (request) => ({ items: await asCaller(request, () => listNumberingRules()) }));

  app.put('/api/v1/numbering/rules/:docType', {
    config: { permission: 'platform.numbering.manage' },
    schema: { tags, summary: 'Change how numbers of a document type look', params: docTypeParams, body: numberingRuleInput, response: { 200: numberingRule } },
  }, (request) => asCaller(request, () => updateNumberingRule(request.params.docType, request.body)));

  app.post('/api/v1/numbering/rules/:docType/preview', {
    config: { permission: 'platform.numbering.manage' },
    schema: { tags, summary: 'Example of the next number under a (possibly unsaved) rule', params: docTypeParams, body: numberingPreviewRequest, response: { 200: numberingPreview } },
  }, async (request) => ({ example: await asCaller(request, () => previewNumber(request.params.docType, request.body)) }));
}
