import pg from 'pg';

/**
 * A dedicated LISTEN connection that survives a dropped connection (database restart, network
 * blip): it reconnects with backoff and listens again, so live pushes resume by themselves.
 * Notifications sent while it was down are lost; readers re-sync from the table (unread count).
 */
export class PgListener {
  private client: pg.Client | undefined;
  private closed = false;
  private retryMs = 250;

  constructor(private readonly url: string, private readonly channel: string, private readonly onPayload: (payload: string) => void) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    client.on('notification', (msg) => {
      if (msg.channel === this.channel && msg.payload) this.onPayload(msg.payload);
    });
    await client.connect();
    await client.query(`LISTEN "${this.channel.replace(/"/g, '')}"`);
    this.client = client;
    this.retryMs = 250;
  }

  private reconnect(failed: pg.Client): void {
    if (this.closed || this.client !== failed) return;
    this.client = undefined;
    failed.removeAllListeners();
    failed.end().catch(() => {});
    const attempt = (): void => {
      if (this.closed) return;
      this.connect().catch(() => {
        this.retryMs = Math.min(this.retryMs * 2, 10_000);
        setTimeout(attempt, this.retryMs).unref();
      });
    };
    setTimeout(attempt, this.retryMs).unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    const c = this.client;
    this.client = undefined;
    if (c) {
      c.removeAllListeners();
      c.on('error', () => {});
      await c.end().catch(() => {});
    }
  }
}
