import { Worker } from 'node:worker_threads';

export interface LoadResult {
  /** Successful (2xx) responses. */
  ok: number;
  statuses: Record<string, number>;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
}

export interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationMs: number;
  warmupMs: number;
}

/** Hammers one URL with `connections` keep-alive connections for `durationMs`. */
export function runLoad(opts: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: { headers: {}, ...opts } });
    worker.once('message', (m: LoadResult) => { resolve(m); void worker.terminate(); });
    worker.once('error', reject);
  });
}
