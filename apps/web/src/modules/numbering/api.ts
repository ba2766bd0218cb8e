import type { NumberingRule, NumberingRuleInput } from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import type { ListFetcher } from '../../shared/list/index.ts';

export const numberingListId = 'platform.numbering';

export const ruleFetcher: ListFetcher<NumberingRule> = async () => ({
  items: (await api.get<{ items: NumberingRule[] }>('/api/v1/numbering/rules')).items,
  nextCursor: null,
});
export const saveRule = (docType: string, body: NumberingRuleInput) =>
  api.put<NumberingRule>(`/api/v1/numbering/rules/${encodeURIComponent(docType)}`, body);
export const previewRule = (docType: string, body: Partial<NumberingRuleInput>) =>
  api.post<{ example: string }>(`/api/v1/numbering/rules/${encodeURIComponent(docType)}/preview`, body);
