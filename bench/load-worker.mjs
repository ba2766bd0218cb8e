// Closed-loop HTTP load generator, run in a worker thread so it has its own event loop (and
// core) instead of competing with the server under test. Plain JS: workers do not inherit tsx.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, headers, connections, durationMs, warmupMs } = workerData;
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

function once() {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: 'GET', headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, micros: Number(process.hrtime.bigint() - started) / 1000 }));
    });
    req.on('error', () => resolve({ status: 0, micros: 0 }));
    req.end();
  });
}

async function loop(until, record) {
  while (Date.now() < until) {
    const r = await once();
    record(r);
  }
}

const ignore = () => {};
const warmEnd = Date.now() + warmupMs;
await Promise.all(Array.from({ length: connections }, () => loop(warmEnd, ignore)));

const latencies = [];
const statuses = {};
const start = Date.now();
const end = start + durationMs;
await Promise.all(Array.from({ length: connections }, () => loop(end, (r) => {
  statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  if (r.status >= 200 && r.status < 300) latencies.push(r.micros);
})));
const seconds = (Date.now() - start) / 1000;
latencies.sort((a, b) => a - b);
const pick = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] / 1000 : 0);
agent.destroy();
parentPort.postMessage({ ok: latencies.length, statuses, seconds, perSecond: latencies.length / seconds, p50Ms: pick(0.5), p99Ms: pick(0.99) });
