import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from '../platform/db/index.ts';
import { SetupError } from '../setup/setup-error.ts';

/** Writes the embedded database's whole data folder as one gzipped tarball. */
export async function backupDatabase(database: Database, outFile: string): Promise<{ file: string; bytes: number }> {
  if (database.kind !== 'pglite' || !database.pglite) {
    throw new SetupError('backup.unsupported', 'The server runs on PostgreSQL: back it up with pg_dump (e.g. `pg_dump -Fc "$DATABASE_URL" > triad.dump`), restore with pg_restore.');
  }
  // Flush everything to the data files so the archive needs no WAL replay.
  await database.pglite.query('CHECKPOINT');
  const blob = await database.pglite.dumpDataDir('gzip');
  const bytes = Buffer.from(await blob.arrayBuffer());
  const file = resolve(outFile);
  mkdirSync(dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return { file, bytes: bytes.length };
}

function isEmptyDir(dir: string): boolean {
  return !existsSync(dir) || (statSync(dir).isDirectory() && readdirSync(dir).length === 0);
}

export interface RestoreResult {
  dataDir: string;
  /** Where the replaced data went (with --force); nothing is deleted. */
  previousMovedTo?: string;
}

/**
 * Replaces the embedded data folder with a backup. The archive is unpacked into a sibling folder
 * and checked by starting PGlite on it; only then does it take the data folder's place, so a bad
 * archive never leaves the installation without a database.
 */
export async function restoreDatabase(opts: { from: string; dataDir: string; force: boolean }): Promise<RestoreResult> {
  const dataDir = resolve(opts.dataDir);
  const source = resolve(opts.from);
  if (!existsSync(source)) throw new SetupError('restore.badArchive', `Backup file ${source} does not exist.`);
  if (!isEmptyDir(dataDir) && !opts.force) {
    throw new SetupError('restore.notEmpty', `The data folder ${dataDir} is not empty. Stop the server and repeat with --force to replace it (the current data is kept beside it).`);
  }
  const staging = join(dirname(dataDir), `.${basename(dataDir)}.restoring-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const archive = new Blob([await readFile(source)]);
    const pglite = new PGlite(staging, { loadDataDir: archive });
    try {
      await pglite.waitReady;
      await pglite.query('select count(*) from pg_class');
    } finally {
      await pglite.close().catch(() => {});
    }
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    const reason = err instanceof Error ? err.message : String(err);
    throw new SetupError('restore.badArchive', `${source} is not a usable Triad backup: ${reason}`);
  }
  let previousMovedTo: string | undefined;
  if (existsSync(dataDir)) {
    if (isEmptyDir(dataDir)) {
      rmSync(dataDir, { recursive: true, force: true });
    } else {
      previousMovedTo = `${dataDir}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(dataDir, previousMovedTo);
    }
  }
  mkdirSync(dirname(dataDir), { recursive: true });
  renameSync(staging, dataDir);
  return { dataDir, previousMovedTo };
}
