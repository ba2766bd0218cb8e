import { describe, expect, it } from 'vitest';
import { allPermissions } from '@triad/contracts';
import { demoDepartments, demoRoles, demoUsers } from '../demo-company.data.ts';

// Pure checks of the demo data, so a typo shows up here rather than as a role that grants nothing.
describe('demo company data', () => {
  it('grants only permission keys the matrix declares', () => {
    const declared = new Set(allPermissions.map((p) => p.key));
    const unknown = demoRoles.flatMap((r) => r.permissions).filter((k) => !declared.has(k));
    expect(unknown).toEqual([]);
  });

  it('has unique pinyin usernames and a head for every department who works there', () => {
    const names = demoUsers.map((u) => u.username);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z]+\.[a-z]+$/);
    for (const d of demoDepartments) {
      expect(demoUsers.find((u) => u.username === d.head)?.department, d.name).toBe(d.code);
    }
    expect(demoUsers.filter((u) => u.roles.includes('gm'))).toHaveLength(1);
  });

  it('states salaries as decimal strings', () => {
    for (const u of demoUsers) expect(u.monthlySalary).toMatch(/^\d+\.\d{2}$/);
  });
});
