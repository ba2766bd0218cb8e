import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { webhookHeaders } from '@triad/contracts';
import { guardedLookup, hostOf, isForbiddenAddress, parseWebhookUrl } from './url-guard.ts';

export const webhookTimeoutMs = 10_000;
/** Enough of the receiver's answer to finish the exchange; the body itself is not kept. */
const maxResponseBytes = 64 * 1024;

export interface SendOutcome {
  /** HTTP status, or null when no answer came. */
  status: number | null;
  /** Why the attempt failed; null on a 2xx. */
  error: string | null;
}

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`: the receiver recomputes it with its copy of the secret. */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export interface WebhookRequest {
  url: string;
  secret: string;
  eventType: string;
  deliveryId: string;
  body: string;
}

/**
 * POSTs one signed delivery. Redirects are not followed (a 3xx is a failure: following it would
 * bypass the address check), the whole exchange is bounded by a timeout, and unless private
 * targets are allowed the socket connects only to public addresses.
 */
export async function sendWebhook(req: WebhookRequest, opts: { allowPrivate: boolean; timeoutMs?: number }): Promise<SendOutcome> {
  let url: URL;
  try {
    url = parseWebhookUrl(req.url);
  } catch {
    return { status: null, error: 'invalid webhook URL' };
  }
  const host = hostOf(url);
  if (!opts.allowPrivate && isIP(host) && isForbiddenAddress(host)) {
    return { status: null, error: 'the webhook URL points at a non-public address' };
  }
  const timestamp = String(Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(req.body)),
    'user-agent': 'Triad-Webhooks/1',
    [webhookHeaders.event]: req.eventType,
    [webhookHeaders.delivery]: req.deliveryId,
    [webhookHeaders.timestamp]: timestamp,
    [webhookHeaders.signature]: signWebhook(req.secret, timestamp, req.body),
  };
  const transport = url.protocol === 'https:' ? https : http;
  const signal = AbortSignal.timeout(opts.timeoutMs ?? webhookTimeoutMs);
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const request = transport.request(url, {
      method: 'POST',
      headers,
      signal,
      lookup: opts.allowPrivate ? undefined : guardedLookup,
    }, (response) => {
      const status = response.statusCode ?? 0;
      let received = 0;
      const done = () => {
        if (status >= 200 && status < 300) finish({ status, error: null });
        else if (status >= 300 && status < 400) finish({ status, error: `HTTP ${status}: redirects are not followed` });
        else finish({ status, error: `HTTP ${status}` });
      };
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > maxResponseBytes) { done(); response.destroy(); }
      });
      response.on('end', done);
      response.on('error', done);
    });
    request.on('error', (err: NodeJS.ErrnoException) => {
      const reason = signal.aborted ? `no answer within ${(opts.timeoutMs ?? webhookTimeoutMs) / 1000} s` : err.message;
      finish({ status: null, error: reason });
    });
    request.end(req.body);
  });
}
