// `npm run bench`: throughput of Triad's request and transaction paths, each printed next to a
// ceiling measured in the same run on the same machine (bare Fastify; raw SQL). Loopback only.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../apps/server/src/platform/db/index.ts';
import { benchBareFastify, benchTriadApi, type LoadSettings } from './http.bench.ts';
import { countOrders, drizzleTransaction, dropWriteTables, prepareWriteTables, rawTransaction, timed, unitOfWorkTransaction, type RateResult } from './write.bench.ts';
import { printReport, writeResults, type BenchReport } from './report.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const http: LoadSettings = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 16),
  durationMs: seconds * 1000,
  warmupMs: 1000,
};
const writes = { durationMs: Math.max(1, seconds - 2) * 1000, warmupMs: 500 };
const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;

/** A fresh PostgreSQL database for the run, dropped afterwards. */
async function freshPostgres(url: string): Promise<{ database: Database; url: string; drop: () => Promise<void> }> {
  const name = `triad_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try { await admin.query(`create database ${name}`); } finally { await admin.end(); }
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolSize: 10 });
  await migrateDatabase(database);
  return {
    database,
    url: u.toString(),
    drop: async () => {
      await database.close().catch(() => {});
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try { await c.query(`drop database if exists ${name} with (force)`); } finally { await c.end(); }
    },
  };
}

interface WriteFigures { raw: RateResult; drizzle: RateResult; unitOfWork: RateResult }

async function writeBench(database: Database, concurrency: number, url?: string): Promise<WriteFigures> {
  await prepareWriteTables(database);
  const pool = url ? new pg.Pool({ connectionString: url, max: concurrency }) : undefined;
  try {
    const before = await countOrders(database);
    const raw = await timed({ concurrency, ...writes }, rawTransaction(database, pool));
    const drizzle = await timed({ concurrency, ...writes }, drizzleTransaction(database));
    const unitOfWork = await timed({ concurrency, ...writes }, unitOfWorkTransaction(database));
    const claimed = raw.count + drizzle.count + unitOfWork.count;
    const written = (await countOrders(database)) - before;
    if (written < claimed) throw new Error(`only ${written} orders written for ${claimed} transactions`);
    return { raw, drizzle, unitOfWork };
  } finally {
    await pool?.end();
    await dropWriteTables(database);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const report: BenchReport = { at: new Date().toISOString(), node: process.version, cpus: cpus().length, loadBefore: loadavg()[0] ?? 0, settings: { http, writes }, results: {} };
  if (report.loadBefore > report.cpus / 2) {
    console.log(`Warning: the machine is busy (load ${report.loadBefore.toFixed(1)} on ${report.cpus} CPUs); figures will be low and noisy.`);
  }
  console.log(`Triad bench: ${seconds} s per figure, ${http.connections} HTTP connections${pgUrl ? ', PostgreSQL included' : ' (set BENCH_DATABASE_URL or TEST_DATABASE_URL to include PostgreSQL)'}\n`);

  report.results.bareFastify = await benchBareFastify(http);

  const dir = mkdtempSync(join(tmpdir(), 'triad-bench-'));
  const lite = await openDatabase({ dataDir: dir });
  try {
    await migrateDatabase(lite);
    const api = await benchTriadApi(lite, http);
    report.route = api.route;
    report.results.triadPglite = api.result;
    const w = await writeBench(lite, 4);
    report.results.pgliteRaw = w.raw;
    report.results.pgliteDrizzle = w.drizzle;
    report.results.pgliteUnitOfWork = w.unitOfWork;
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }

  if (pgUrl) {
    const pgDb = await freshPostgres(pgUrl);
    try {
      const api = await benchTriadApi(pgDb.database, http);
      report.results.triadPostgres = api.result;
      const w = await writeBench(pgDb.database, 8, pgDb.url);
      report.results.postgresRaw = w.raw;
      report.results.postgresDrizzle = w.drizzle;
      report.results.postgresUnitOfWork = w.unitOfWork;
    } finally {
      await pgDb.drop();
    }
  }
  report.totalSeconds = (Date.now() - started) / 1000;
  printReport(report);
  const file = writeResults(report);
  console.log(`\nResults written to ${file}`);
}

main().then(() => process.exit(0), (err: unknown) => {
  console.error(err);
  process.exit(1);
});
