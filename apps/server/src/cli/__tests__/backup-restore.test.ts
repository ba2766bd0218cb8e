import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type Output } from '../run.ts';

// Backups exist for the embedded database only, so this file always works on PGlite folders.
function capture(): Output & { text: () => string } {
  const lines: string[] = [];
  return { log: (l) => lines.push(l), error: (l) => lines.push(l), text: () => lines.join('\n') };
}

describe('cli backup and restore (embedded database)', () => {
  let root: string;
  const env = (dataDir: string): NodeJS.ProcessEnv => ({ TRIAD_DATA_DIR: dataDir });

  beforeAll(() => { root = mkdtempSync(join(tmpdir(), 'triad-cli-')); });
  afterAll(() => { rmSync(root, { recursive: true, force: true }); });

  it('round-trips a company through backup and restore', async () => {
    const source = join(root, 'source');
    const archive = join(root, 'backups', 'triad.tar.gz');
    const created = capture();
    expect(await runCli(['create-tenant', '--code', 'acme', '--name', '艾克米'], env(source), created)).toBe(0);
    expect(created.text()).toMatch(/admin \/ [A-Za-z2-9]{16}/);
    const backup = capture();
    expect(await runCli(['backup', '--out', archive], env(source), backup)).toBe(0);
    expect(existsSync(archive)).toBe(true);

    const target = join(root, 'target');
    expect(await runCli(['restore', '--from', archive], env(target), capture())).toBe(0);
    const listed = capture();
    expect(await runCli(['list-tenants'], env(target), listed)).toBe(0);
    expect(listed.text()).toContain('acme\t艾克米\t1 users');
  }, 120_000);

  it('refuses to overwrite a data folder unless forced, and then keeps the old data aside', async () => {
    const archive = join(root, 'backups', 'triad.tar.gz');
    const target = join(root, 'busy');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'precious.txt'), 'do not lose me');
    const refused = capture();
    expect(await runCli(['restore', '--from', archive], env(target), refused)).toBe(1);
    expect(refused.text()).toMatch(/not empty/);
    expect(readFileSync(join(target, 'precious.txt'), 'utf8')).toBe('do not lose me');

    const forced = capture();
    expect(await runCli(['restore', '--from', archive, '--force'], env(target), forced)).toBe(0);
    expect(forced.text()).toMatch(/previous data was moved to/);
    const aside = readdirSync(root).find((f) => f.startsWith('busy.replaced-'));
    expect(aside && readFileSync(join(root, aside, 'precious.txt'), 'utf8')).toBe('do not lose me');
    const listed = capture();
    expect(await runCli(['list-tenants'], env(target), listed)).toBe(0);
    expect(listed.text()).toContain('acme');
  }, 120_000);

  it('rejects an archive that is not a backup without touching the data folder', async () => {
    const junk = join(root, 'junk.tar.gz');
    writeFileSync(junk, 'not a tarball');
    const target = join(root, 'fresh');
    const out = capture();
    expect(await runCli(['restore', '--from', junk], env(target), out)).toBe(1);
    expect(out.text()).toMatch(/not a usable Triad backup/);
    expect(existsSync(join(target, 'PG_VERSION'))).toBe(false);
    expect(await runCli(['restore', '--from', join(root, 'missing.tar.gz')], env(target), capture())).toBe(1);
  });

  it('will not open a data folder another process holds', async () => {
    const held = join(root, 'held');
    mkdirSync(held, { recursive: true });
    writeFileSync(join(held, 'postmaster.pid'), '-42\n');
    const out = capture();
    expect(await runCli(['backup', '--out', join(root, 'x.tar.gz')], env(held), out)).toBe(1);
    expect(out.text()).toMatch(/in use/);
  });

  it('sends PostgreSQL users to pg_dump', async () => {
    const out = capture();
    expect(await runCli(['backup', '--out', 'x.tar.gz'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, out)).toBe(2);
    expect(out.text()).toMatch(/pg_dump/);
  });

  it('answers usage mistakes with exit code 2', async () => {
    expect(await runCli(['help'], {}, capture())).toBe(0);
    expect(await runCli(['frobnicate'], {}, capture())).toBe(2);
    expect(await runCli(['backup'], {}, capture())).toBe(2);
    expect(await runCli(['create-tenant', '--code', 'x', '--nmae', 'y'], {}, capture())).toBe(2);
  });
});
