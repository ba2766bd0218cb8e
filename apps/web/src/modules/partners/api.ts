import type {
  CreatePartnerRequest, Page, Partner, PartnerDetail, PartnerRole, SpreadsheetImportRequest, SpreadsheetImportResult, UpdatePartnerRequest,
} from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';

// Shapes come from packages/contracts/src/partners/partner.schemas.ts.
export type { Partner, PartnerDetail, PartnerRole, SpreadsheetImportRequest, SpreadsheetImportResult };

const base = '/api/v1/partners';

export const partnerListId = 'partners';

export const partnerKeys = {
  all: ['partners'] as const,
  search: (q: string, role: PartnerRole | undefined) => ['partners', 'search', q, role ?? null] as const,
  detail: (id: string) => ['partners', 'detail', id] as const,
};

export const partnerFetcher: ListFetcher<Partner> = pathFetcher<Partner>(base);

export const searchPartners = (q: string, role?: PartnerRole, signal?: AbortSignal) =>
  api.get<Page<Partner>>(base, { q, role, enabled: 'true', limit: 20 }, signal);
export const getPartner = (id: string) => api.get<PartnerDetail>(`${base}/${id}`);
export const createPartner = (body: CreatePartnerRequest) => api.post<PartnerDetail>(base, body);
export const updatePartner = (id: string, body: UpdatePartnerRequest) => api.patch<PartnerDetail>(`${base}/${id}`, body);

/** The Excel template (an .xlsx with the header row and one example row), downloaded by the browser. */
export const partnerImportTemplateUrl = `${base}/import-template`;
export const importPartners = (body: SpreadsheetImportRequest) => api.post<SpreadsheetImportResult>(`${base}/import`, body);
