import http from 'node:http';

export interface SseEvent { event: string; data: string }

/** A minimal EventSource for tests: collects events and lets a test wait for the next one of a kind. */
export interface SseClient {
  status: number;
  headers: http.IncomingHttpHeaders;
  events: SseEvent[];
  next(event: string, timeoutMs?: number): Promise<SseEvent>;
  /** Resolves true once the server ended the stream. */
  ended: Promise<boolean>;
  close(): void;
}

export function openSse(port: number, path: string, headers: Record<string, string>): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers: { ...headers, accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8');
      const events: SseEvent[] = [];
      const waiters: { event: string; resolve: (e: SseEvent) => void }[] = [];
      let buffer = '';
      const take = (event: string): SseEvent | undefined => {
        for (let i = 0; i < events.length; i++) {
          const e = events[i];
          if (e && e.event === event) { events.splice(i, 1); return e; }
        }
        return undefined;
      };
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length === 0) continue;
          const e = { event, data: data.join('\n') };
          const w = waiters.findIndex((x) => x.event === event);
          const waiter = waiters[w];
          if (waiter) { waiters.splice(w, 1); waiter.resolve(e); } else events.push(e);
        }
      });
      const ended = new Promise<boolean>((r) => { res.on('end', () => r(true)); res.on('close', () => r(true)); });
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        ended,
        next(event, timeoutMs = 10_000) {
          const ready = take(event);
          if (ready) return Promise.resolve(ready);
          return new Promise((res2, rej2) => {
            const timer = setTimeout(() => {
              const i = waiters.findIndex((x) => x.resolve === done);
              if (i >= 0) waiters.splice(i, 1);
              rej2(new Error(`no '${event}' event within ${timeoutMs} ms`));
            }, timeoutMs);
            const done = (e: SseEvent) => { clearTimeout(timer); res2(e); };
            waiters.push({ event, resolve: done });
          });
        },
        close() { req.destroy(); },
      });
    });
    req.on('error', reject);
  });
}
