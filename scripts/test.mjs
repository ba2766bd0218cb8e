#!/usr/bin/env node
// Runs the suite on the embedded database, then on PostgreSQL when TEST_DATABASE_URL is set,
// then the browser tests; prints one totals line: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'tmp', 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const extra = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedRuns = 0;

function run(label, project, env) {
  const outputFile = join(outDir, `${label}.json`);
  console.log(`\n=== ${label} ===`);
  const res = spawnSync('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`, ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (existsSync(outputFile)) {
    const r = JSON.parse(readFileSync(outputFile, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    // A file that fails to load counts as a failure even if no test in it ran.
    const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
    totals.failed += brokenFiles;
  } else if (res.status !== 0) {
    totals.failed += 1;
  }
  if (res.status !== 0) failedRuns += 1;
}

run('unit', 'unit', {});
run('pglite', 'server', { TRIAD_TEST_DB: 'pglite' });
if (process.env.TEST_DATABASE_URL) run('postgres', 'server', { TRIAD_TEST_DB: 'postgres' });
if (!process.env.TRIAD_SKIP_E2E) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) { totals.failed += 1; failedRuns += 1; }
  // The browser tests run on the embedded database, as a newcomer's `npm start` does.
  else run('e2e', 'e2e', { TRIAD_TEST_DB: 'pglite' });
}

const line = `${totals.passed} passed, ${totals.failed} failed` + (totals.skipped ? `, ${totals.skipped} skipped` : '');
console.log(`\n${line}`);
process.exit(failedRuns > 0 || totals.failed > 0 ? 1 : 0);
