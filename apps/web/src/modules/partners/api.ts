import type { CreatePartnerRequest, Page, Partner, PartnerRole, UpdatePartnerRequest } from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';

// Shapes come from packages/contracts/src/partners/partner.schemas.ts.
export type { Partner, PartnerRole };

const base = '/api/v1/partners';

export const partnerListId = 'partners';

export const partnerKeys = {
  all: ['partners'] as const,
  search: (q: string, role: PartnerRole | undefined) => ['partners', 'search', q, role ?? null] as const,
};

export const partnerFetcher: ListFetcher<Partner> = pathFetcher<Partner>(base);

export const searchPartners = (q: string, role?: PartnerRole, signal?: AbortSignal) =>
  api.get<Page<Partner>>(base, { q, role, enabled: 'true', limit: 20 }, signal);
export const createPartner = (body: CreatePartnerRequest) => api.post<Partner>(base, body);
export const updatePartner = (id: string, body: UpdatePartnerRequest) => api.patch<Partner>(`${base}/${id}`, body);
