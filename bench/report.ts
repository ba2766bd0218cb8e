import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from './load.ts';
import type { RateResult } from './write.bench.ts';

export interface BenchReport {
  at: string;
  node: string;
  cpus: number;
  /** 1-minute load average when the run started: other work skews every figure. */
  loadBefore: number;
  settings: unknown;
  route?: string;
  totalSeconds?: number;
  results: {
    bareFastify?: LoadResult;
    triadPglite?: LoadResult;
    triadPostgres?: LoadResult;
    pgliteRaw?: RateResult;
    pgliteDrizzle?: RateResult;
    pgliteUnitOfWork?: RateResult;
    postgresRaw?: RateResult;
    postgresDrizzle?: RateResult;
    postgresUnitOfWork?: RateResult;
  };
}

const n = (v: number) => Math.round(v).toLocaleString('en-US').padStart(9);
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)} ×`;

function httpLine(label: string, r: LoadResult | undefined, ceiling?: LoadResult): string {
  if (!r) return `  ${label.padEnd(38)} (not measured)`;
  const failed = Object.entries(r.statuses).filter(([s]) => !s.startsWith('2')).reduce((a, [, c]) => a + c, 0);
  const share = ceiling ? `   ${ratio(r.perSecond, ceiling.perSecond)} ceiling` : '   (ceiling)';
  return `  ${label.padEnd(38)} ${n(r.perSecond)} req/s   p50 ${r.p50Ms.toFixed(2)} ms  p99 ${r.p99Ms.toFixed(2)} ms${share}${failed ? `   ${failed} non-2xx!` : ''}`;
}

function txLine(label: string, r: RateResult | undefined, ceiling: RateResult | undefined, ceilingName: string): string {
  if (!r) return `  ${label.padEnd(38)} (not measured)`;
  return `  ${label.padEnd(38)} ${n(r.perSecond)} tx/s${ceiling && ceiling !== r ? `    ${ratio(r.perSecond, ceiling.perSecond)} ${ceilingName}` : '    (ceiling)'}`;
}

export function printReport(report: BenchReport): void {
  const r = report.results;
  console.log(`W7 — authenticated no-op API request (GET ${report.route ?? '?'}), loopback`);
  console.log(httpLine('bare Fastify, one route', r.bareFastify));
  console.log(httpLine('Triad on PGlite (file)', r.triadPglite, r.bareFastify));
  console.log(httpLine('Triad on PostgreSQL', r.triadPostgres, r.bareFastify));
  console.log('\nWrite transactions — 5 statements (3 inserts, 2 updates), committed');
  if (r.postgresRaw) {
    console.log(txLine('PostgreSQL raw SQL, 8 connections', r.postgresRaw, undefined, ''));
    console.log(txLine('PostgreSQL Drizzle tx (owner, no RLS)', r.postgresDrizzle, r.postgresRaw, 'raw PostgreSQL'));
    console.log(txLine('PostgreSQL inTenant() (RLS)', r.postgresUnitOfWork, r.postgresRaw, 'raw PostgreSQL'));
    console.log(txLine('PGlite raw SQL', r.pgliteRaw, r.postgresRaw, 'raw PostgreSQL'));
  } else {
    console.log(txLine('PGlite raw SQL', r.pgliteRaw, undefined, ''));
  }
  console.log(txLine('PGlite Drizzle tx (owner, no RLS)', r.pgliteDrizzle, r.pgliteRaw, 'raw PGlite'));
  console.log(txLine('PGlite inTenant() (RLS)', r.pgliteUnitOfWork, r.pgliteRaw, 'raw PGlite'));
  if (report.totalSeconds) console.log(`\n(${report.totalSeconds.toFixed(0)} s, ${report.cpus} CPUs, load ${report.loadBefore.toFixed(1)} at start, Node ${report.node})`);
}

/** bench/results/ is git-ignored: one file per run plus latest.json. */
export function writeResults(report: BenchReport): string {
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${report.at.replace(/[:.]/g, '-')}.json`;
  const text = JSON.stringify(report, null, 2);
  writeFileSync(file, text);
  writeFileSync(`${dir}latest.json`, text);
  return file;
}
