import { describe, expect, it } from 'vitest';
import { hasPermission, meetsRequirement } from '../permissions.ts';

describe('permissions', () => {
  it('grants every key to `*`', () => {
    expect(hasPermission(['*'], 'org.user.read')).toBe(true);
  });

  it('grants only held keys otherwise', () => {
    expect(hasPermission(['org.user.read'], 'org.user.read')).toBe(true);
    expect(hasPermission(['org.user.read'], 'org.user.create')).toBe(false);
  });

  it('treats a list as "any of" and an absent requirement as "logged in"', () => {
    expect(meetsRequirement(['platform.webhook.manage'], ['platform.integration.read', 'platform.webhook.manage'])).toBe(true);
    expect(meetsRequirement(['org.user.read'], ['platform.integration.read', 'platform.webhook.manage'])).toBe(false);
    expect(meetsRequirement([], undefined)).toBe(true);
  });
});
