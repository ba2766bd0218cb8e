import { useQuery } from '@tanstack/react-query';
import type { DocumentChain } from '@triad/contracts';
import { api } from '../../app/api/index.ts';

export function useDocumentChain(type: string, id: string) {
  return useQuery({
    queryKey: ['links', type, id],
    queryFn: ({ signal }) => api.get<DocumentChain>(`/api/v1/links/${encodeURIComponent(type)}/${encodeURIComponent(id)}`, undefined, signal),
  });
}
