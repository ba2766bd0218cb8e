import type {
  CreateDepartmentRequest, CreatePositionRequest, CreateRoleRequest, CreateUserRequest, CreateUserResponse,
  OrgDepartment, DepartmentList, OrgUser, Page, PermissionMatrix, OrgPosition, PositionList, ResetPasswordResponse,
  OrgRole, RoleList, UpdateDepartmentRequest, UpdatePositionRequest, UpdateRoleRequest, UpdateUserRequest,
} from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';

export const orgKeys = {
  departments: ['org', 'departments'] as const,
  positions: ['org', 'positions'] as const,
  roles: ['org', 'roles'] as const,
  permissions: ['org', 'permissions'] as const,
  user: (id: string) => ['org', 'users', id] as const,
  userSearch: (q: string) => ['org', 'users', 'search', q] as const,
};

export const listIds = { users: 'org.users', positions: 'org.positions', roles: 'org.roles', dataScopes: 'org.dataScopes' };

// Users
export const userFetcher: ListFetcher<OrgUser> = pathFetcher<OrgUser>('/api/v1/org/users');
export const getUser = (id: string) => api.get<OrgUser>(`/api/v1/org/users/${id}`);
export const searchUsers = (q: string) => api.get<Page<OrgUser>>('/api/v1/org/users', { q, limit: 20, status: 'active' });
export const createUser = (body: CreateUserRequest) => api.post<CreateUserResponse>('/api/v1/org/users', body);
export const updateUser = (id: string, body: UpdateUserRequest) => api.patch<OrgUser>(`/api/v1/org/users/${id}`, body);
export const disableUser = (id: string) => api.post<unknown>(`/api/v1/org/users/${id}/disable`);
export const enableUser = (id: string) => api.post<unknown>(`/api/v1/org/users/${id}/enable`);
export const resetUserPassword = (id: string) => api.post<ResetPasswordResponse>(`/api/v1/org/users/${id}/reset-password`);

// Departments (a flat list; the web builds the tree)
export const listDepartments = async (): Promise<OrgDepartment[]> => (await api.get<DepartmentList>('/api/v1/org/departments')).items;
export const createDepartment = (body: CreateDepartmentRequest) => api.post<OrgDepartment>('/api/v1/org/departments', body);
export const updateDepartment = (id: string, body: UpdateDepartmentRequest) => api.patch<OrgDepartment>(`/api/v1/org/departments/${id}`, body);
export const deleteDepartment = (id: string) => api.delete<unknown>(`/api/v1/org/departments/${id}`);

// Positions
export const listPositions = async (): Promise<OrgPosition[]> => (await api.get<PositionList>('/api/v1/org/positions')).items;
export const createPosition = (body: CreatePositionRequest) => api.post<OrgPosition>('/api/v1/org/positions', body);
export const updatePosition = (id: string, body: UpdatePositionRequest) => api.patch<OrgPosition>(`/api/v1/org/positions/${id}`, body);
export const deletePosition = (id: string) => api.delete<unknown>(`/api/v1/org/positions/${id}`);

// Roles and the permission matrix
export const listRoles = async (): Promise<OrgRole[]> => (await api.get<RoleList>('/api/v1/org/roles')).items;
export const getRole = (id: string) => api.get<OrgRole>(`/api/v1/org/roles/${id}`);
export const createRole = (body: CreateRoleRequest) => api.post<OrgRole>('/api/v1/org/roles', body);
export const updateRole = (id: string, body: UpdateRoleRequest) => api.patch<OrgRole>(`/api/v1/org/roles/${id}`, body);
export const deleteRole = (id: string) => api.delete<unknown>(`/api/v1/org/roles/${id}`);
export const getPermissionMatrix = () => api.get<PermissionMatrix>('/api/v1/org/permissions');

/** A whole, unpaginated list presented through the shared list page. */
export function wholeListFetcher<T>(load: () => Promise<T[]>): ListFetcher<T> {
  return async () => ({ items: await load(), nextCursor: null });
}
