import type { ApiToken, ApiTokenCreated, ApiTokenCreateRequest, ChangePasswordRequest, UpdateProfileRequest } from '@triad/contracts';
import { api } from '../../app/api/index.ts';

export type { ApiTokenCreated };

export const tokenKeys = { all: ['me', 'tokens'] as const };

export function updateProfile(body: UpdateProfileRequest): Promise<unknown> {
  return api.put<unknown>('/api/v1/me/profile', body);
}

export function changePassword(body: ChangePasswordRequest): Promise<unknown> {
  return api.post<unknown>('/api/v1/me/password', body);
}

export async function listTokens(): Promise<ApiToken[]> {
  const data = await api.get<{ items: ApiToken[] }>('/api/v1/me/tokens');
  return data.items;
}

export function createToken(body: ApiTokenCreateRequest): Promise<ApiTokenCreated> {
  return api.post<ApiTokenCreated>('/api/v1/me/tokens', body);
}

export function revokeToken(id: string): Promise<unknown> {
  return api.delete<unknown>(`/api/v1/me/tokens/${id}`);
}
