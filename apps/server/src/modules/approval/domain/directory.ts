/**
 * The org lookups the engine needs, answered synchronously. The runtime loads a snapshot of the
 * company's org (users, departments, role codes, administrators, out-of-office delegations —
 * small for an SME) once per command and builds the directory with `createDirectory`, so the
 * engine stays pure and never waits on the database halfway through a decision.
 */
export interface DirectoryUser {
  id: string;
  departmentId: string | null;
  /** Reporting line (上级) used by 逐级 approval and timeout escalation. */
  superiorId: string | null;
  roleCodes: string[];
  active: boolean;
}

export interface DirectoryDepartment { id: string; parentId: string | null; headUserId: string | null }

/** 外出委托: while away (from ≤ t < to), new and existing tasks of `userId` go to `delegateId`. */
export interface OutOfOfficeDelegation { userId: string; delegateId: string; from: string; to: string }

export interface OrgSnapshot {
  users: DirectoryUser[];
  departments: DirectoryDepartment[];
  /** Approval administrators: receive nodes whose approver cannot be found (rule `toAdmin`). */
  adminUserIds: string[];
  delegations: OutOfOfficeDelegation[];
}

export interface ApprovalDirectory {
  user(userId: string): DirectoryUser | undefined;
  isActive(userId: string): boolean;
  hasRole(userId: string, roleCode: string): boolean;
  department(departmentId: string): DirectoryDepartment | undefined;
  departmentHeadOf(departmentId: string): string | null;
  /** The department itself first, then its parent, up to the root. */
  departmentAncestors(departmentId: string): string[];
  /** Direct superior first; at most `levels` entries; stops at a loop in the reporting line. */
  superiorChain(userId: string, levels: number): string[];
  usersWithRole(roleCode: string): string[];
  adminUserIds(): string[];
  /** The active out-of-office delegate of `userId` at `at`, if any (never chained). */
  delegateOf(userId: string, at: string): string | null;
}

export function createDirectory(snapshot: OrgSnapshot): ApprovalDirectory {
  const users = new Map(snapshot.users.map((u) => [u.id, u]));
  const departments = new Map(snapshot.departments.map((d) => [d.id, d]));
  const isActive = (userId: string) => users.get(userId)?.active === true;

  return {
    user: (userId) => users.get(userId),
    isActive,
    hasRole: (userId, code) => users.get(userId)?.roleCodes.includes(code) ?? false,
    department: (departmentId) => departments.get(departmentId),
    departmentHeadOf: (departmentId) => departments.get(departmentId)?.headUserId ?? null,
    departmentAncestors(departmentId) {
      const out: string[] = [];
      let current = departments.get(departmentId);
      while (current && !out.includes(current.id)) {
        out.push(current.id);
        current = current.parentId ? departments.get(current.parentId) : undefined;
      }
      return out;
    },
    superiorChain(userId, levels) {
      const out: string[] = [];
      let next = users.get(userId)?.superiorId ?? null;
      while (next && out.length < levels && next !== userId && !out.includes(next)) {
        out.push(next);
        next = users.get(next)?.superiorId ?? null;
      }
      return out;
    },
    usersWithRole: (code) => snapshot.users.filter((u) => u.roleCodes.includes(code)).map((u) => u.id),
    adminUserIds: () => [...snapshot.adminUserIds],
    delegateOf(userId, at) {
      const t = Date.parse(at);
      const found = snapshot.delegations.find((d) => d.userId === userId && Date.parse(d.from) <= t && t < Date.parse(d.to));
      return found && found.delegateId !== userId && isActive(found.delegateId) ? found.delegateId : null;
    },
  };
}
