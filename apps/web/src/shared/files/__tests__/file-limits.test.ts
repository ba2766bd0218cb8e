import { describe, expect, it } from 'vitest';
import { checkFile, fileContentUrl, formatFileSize, maxFileBytes } from '../file-limits.ts';

describe('formatFileSize', () => {
  it('keeps bytes below one kilobyte exact', () => {
    expect(formatFileSize(0)).toBe('0 B');
    expect(formatFileSize(1023)).toBe('1023 B');
  });
  it('uses binary units with one decimal below 100', () => {
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatFileSize(250 * 1024)).toBe('250 KB');
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3 GB');
  });
  it('shows a dash for impossible sizes', () => {
    expect(formatFileSize(-1)).toBe('-');
    expect(formatFileSize(Number.NaN)).toBe('-');
  });
});

describe('checkFile', () => {
  it('accepts exactly 10 MiB and refuses one byte more', () => {
    expect(checkFile(maxFileBytes, 0, 0, undefined)).toBeNull();
    expect(checkFile(maxFileBytes + 1, 0, 0, undefined)).toBe('tooLarge');
  });
  it('refuses empty files, which the server answers with 400', () => {
    expect(checkFile(0, 0, 0, 5)).toBe('empty');
  });
  it('counts attached files and earlier files of the same batch against maxFiles', () => {
    expect(checkFile(10, 2, 0, 3)).toBeNull();
    expect(checkFile(10, 2, 1, 3)).toBe('tooMany');
    expect(checkFile(10, 3, 0, 3)).toBe('tooMany');
    expect(checkFile(10, 100, 0, undefined)).toBeNull();
  });
});

describe('fileContentUrl', () => {
  it('points at the content route', () => {
    expect(fileContentUrl('0190abc')).toBe('/api/v1/files/0190abc/content');
  });
});
