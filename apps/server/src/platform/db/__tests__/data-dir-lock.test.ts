import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../data-dir-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'triad-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded data directory lock', () => {
  it('refuses a folder held by another live process, then frees it', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'triad.lock'), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(/in use by process/);
    } finally {
      other.kill();
      await new Promise((r) => other.once('exit', r));
    }
    const unlock = lockDataDir(dir);
    expect(existsSync(join(dir, 'triad.lock'))).toBe(true);
    unlock();
    expect(existsSync(join(dir, 'triad.lock'))).toBe(false);
  });

  it('takes over a lock left by a crashed process', () => {
    writeFileSync(join(dir, 'triad.lock'), '999999');
    const unlock = lockDataDir(dir);
    unlock();
  });
});
