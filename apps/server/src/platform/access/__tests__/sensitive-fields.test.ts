import { describe, expect, it } from 'vitest';
import { effectivePermissions, hasPermission, maskSensitiveFields } from '../index.ts';
import { principalWith } from './principal.fixture.ts';

const row = { id: 'u1', displayName: '王五', monthlySalary: '12500.00', costPrice: '3.20' };
const fields = { monthlySalary: 'org.user.viewSalary', costPrice: 'catalog.item.viewCost' };

describe('maskSensitiveFields', () => {
  it('nulls the fields the caller may not see and keeps the rest', () => {
    const masked = maskSensitiveFields(principalWith(['org.user.read']), row, fields);
    expect(masked).toEqual({ id: 'u1', displayName: '王五', monthlySalary: null, costPrice: null });
    expect(row.monthlySalary).toBe('12500.00');
  });

  it('shows each field to holders of its own permission', () => {
    expect(maskSensitiveFields(principalWith(['org.user.viewSalary']), row, fields))
      .toEqual({ ...row, costPrice: null });
    expect(maskSensitiveFields(principalWith(['*']), row, fields)).toEqual(row);
  });

  it('hides the field from a token that lacks the scope even if its user holds it', () => {
    const token = principalWith(['*'], { authMethod: 'token', tokenScopes: ['org.user.read'] });
    expect(maskSensitiveFields(token, row, fields).monthlySalary).toBeNull();
    const scoped = principalWith(['org.user.viewSalary'], { authMethod: 'token', tokenScopes: ['org.user.viewSalary'] });
    expect(maskSensitiveFields(scoped, row, fields).monthlySalary).toBe('12500.00');
  });
});

describe('hasPermission / effectivePermissions', () => {
  it('intersects a token\'s scopes with its user\'s permissions', () => {
    const token = principalWith(['a.b.read', 'a.b.write'], { authMethod: 'token', tokenScopes: ['a.b.read', 'c.d.read'] });
    expect(hasPermission(token, 'a.b.read')).toBe(true);
    expect(hasPermission(token, 'a.b.write')).toBe(false);
    expect(hasPermission(token, 'c.d.read')).toBe(false);
    expect(effectivePermissions(token)).toEqual(['a.b.read']);
    expect(effectivePermissions(principalWith(['*'], { authMethod: 'token', tokenScopes: ['x.y.z'] }))).toEqual(['x.y.z']);
    expect(effectivePermissions(principalWith(['b.b.b', 'a.a.a'], { authMethod: 'token', tokenScopes: ['*'] }))).toEqual(['a.a.a', 'b.b.b']);
    expect(effectivePermissions(principalWith(['*']))).toEqual(['*']);
  });
});
