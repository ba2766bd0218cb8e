import { describe, expect, it } from 'vitest';
import { ApiError } from '../api-error.ts';

describe('ApiError.fieldIssues', () => {
  it('maps the server validation details onto form field paths', () => {
    const error = new ApiError(400, 'common.validation', '输入有误', [
      { path: 'body.email', message: 'Invalid email' },
      { path: 'body.roleIds.0', message: 'Invalid uuid' },
      { path: ['name'], message: 'Too short' },
      { nonsense: true },
    ]);
    expect(error.fieldIssues()).toEqual([
      { path: ['email'], message: 'Invalid email' },
      { path: ['roleIds', '0'], message: 'Invalid uuid' },
      { path: ['name'], message: 'Too short' },
    ]);
  });

  it('has no field issues when details are not a list', () => {
    expect(new ApiError(409, 'common.conflict', 'x', { constraint: 'c' }).fieldIssues()).toEqual([]);
    expect(new ApiError(500, 'common.internal', 'x', null).fieldIssues()).toEqual([]);
  });
});
