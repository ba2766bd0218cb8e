import { describe, expect, it } from 'vitest';
import { createUserRequest, updateUserRequest } from '@triad/contracts';
import { i18n } from '../../../app/i18n/index.ts';
import { isRequired, normalizeValues, schemaRules, shapeOf } from '../schema-rules.ts';

async function validate(rule: ReturnType<typeof schemaRules>[number], value: unknown): Promise<string | null> {
  if (typeof rule !== 'object' || !rule.validator) return null;
  try {
    await rule.validator({}, value, () => undefined);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('normalizeValues', () => {
  it('turns a cleared input into null where the contract allows null, else drops it', () => {
    const out = normalizeValues(updateUserRequest, { email: '', displayName: '  ', phone: '123' });
    expect(out).toEqual({ email: null, displayName: undefined, phone: '123' });
    expect(updateUserRequest.safeParse(out).success).toBe(true);
  });
});

describe('schemaRules', () => {
  it('marks fields required exactly when the contract requires them', () => {
    const shape = shapeOf(createUserRequest);
    expect(shape && isRequired(shape.username!)).toBe(true);
    expect(shape && isRequired(shape.email!)).toBe(false);
    expect(schemaRules(createUserRequest, 'username').some((r) => typeof r === 'object' && r.required)).toBe(true);
    expect(schemaRules(createUserRequest, 'email').some((r) => typeof r === 'object' && r.required)).toBe(false);
  });

  it('checks a field with the contract and words the error in the UI language', async () => {
    await i18n.changeLanguage('zh-CN');
    const emailCheck = schemaRules(createUserRequest, 'email').find((r) => typeof r === 'object' && r.validator);
    expect(await validate(emailCheck!, 'not-an-email')).toBe('请输入有效的邮箱地址');
    expect(await validate(emailCheck!, 'a@b.cn')).toBeNull();
    // Emptiness is left to the `required` rule.
    expect(await validate(emailCheck!, '')).toBeNull();
    const usernameCheck = schemaRules(createUserRequest, 'username').find((r) => typeof r === 'object' && r.validator);
    expect(await validate(usernameCheck!, 'a')).toBe('至少需要 2 个字符');
    await i18n.changeLanguage('en-US');
    expect(await validate(usernameCheck!, 'a')).toBe('At least 2 characters');
  });

  it('has no rules for a field the schema does not know', () => {
    expect(schemaRules(createUserRequest, 'nope')).toEqual([]);
  });
});
