import { BlockList, isIP, type LookupFunction } from 'node:net';
import dns from 'node:dns';
import { webhookErrors } from './webhooks.errors.ts';

/*
 * Server-side request forgery guard. A webhook URL is typed by an administrator of one tenant, but
 * the request leaves from our server: without this check it could reach the database, the cloud
 * metadata service (169.254.169.254) or anything else on the internal network. Only addresses on
 * the public internet are allowed unless the operator opts in (`TRIAD_WEBHOOK_ALLOW_PRIVATE`).
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", incl. the unspecified address
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. cloud metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast
] as const) blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::', 96], // deprecated IPv4-compatible
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) blocked.addSubnet(net, prefix, 'ipv6');

/** The 8 groups of an IPv6 address, or undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const p = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${(((p[0] ?? 0) << 8) | (p[1] ?? 0)).toString(16)}:${(((p[2] ?? 0) << 8) | (p[3] ?? 0)).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = parse(head);
  const t = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? h : [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

const dottedQuad = (hi: number, lo: number): string => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/**
 * IPv4 address embedded in an IPv6 one that routes to it: IPv4-mapped (::ffff:a.b.c.d), NAT64
 * (64:ff9b::a.b.c.d), 6to4 (2002:aabb:ccdd::) and Teredo (2001:0::, client address inverted in
 * the last two groups). Each would otherwise smuggle a private IPv4 target past the check.
 */
function embeddedIpv4(address: string): string | undefined {
  const g = ipv6Groups(address);
  if (!g) return undefined;
  const at = (i: number): number => g[i] ?? 0;
  const mapped = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  const nat64 = g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0);
  if (mapped || nat64) return dottedQuad(at(6), at(7));
  if (g[0] === 0x2002) return dottedQuad(at(1), at(2));
  if (g[0] === 0x2001 && g[1] === 0) return dottedQuad(at(6) ^ 0xffff, at(7) ^ 0xffff);
  return undefined;
}

/** True for loopback, private, link-local, unspecified, CGNAT, multicast and reserved addresses. */
export function isForbiddenAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return blocked.check(v4, 'ipv4');
    return blocked.check(address.split('%')[0] ?? address, 'ipv6');
  }
  return true;
}

/** Parses and checks the form of a webhook URL: http(s), no credentials. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw webhookErrors['platform.webhook.urlInvalid']();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw webhookErrors['platform.webhook.urlInvalid']();
  // Credentials in a URL end up in logs and in the subscription list.
  if (url.username || url.password) throw webhookErrors['platform.webhook.urlInvalid']();
  return url;
}

export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/**
 * Checks a URL an administrator wants to subscribe: its host (literal or every address DNS gives
 * for it) must be public. Nothing is sent to it. Delivery re-checks at connection time.
 */
export async function assertWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  const url = parseWebhookUrl(raw);
  if (allowPrivate) return url;
  const host = hostOf(url);
  if (isIP(host)) {
    if (isForbiddenAddress(host)) throw webhookErrors['platform.webhook.urlForbidden']();
    return url;
  }
  let addresses: { address: string }[];
  try {
    addresses = await dns.promises.lookup(host, { all: true, verbatim: true });
  } catch {
    throw webhookErrors['platform.webhook.urlUnresolvable']();
  }
  if (addresses.length === 0) throw webhookErrors['platform.webhook.urlUnresolvable']();
  if (addresses.some((a) => isForbiddenAddress(a.address))) throw webhookErrors['platform.webhook.urlForbidden']();
  return url;
}

/**
 * DNS lookup for the delivery connection itself: the socket connects only to the addresses checked
 * here, so a name that resolved to a public address at subscription time and to an internal one
 * now (DNS rebinding) is refused.
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true, verbatim: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const list = addresses as dns.LookupAddress[];
    if (list.length === 0 || list.some((a) => isForbiddenAddress(a.address))) {
      return callback(Object.assign(new Error(`address of ${hostname} is not public`), { code: 'EFORBIDDEN' }), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    const first = list[0] as dns.LookupAddress;
    callback(null, first.address, first.family);
  });
};
