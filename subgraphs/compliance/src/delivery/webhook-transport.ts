import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { checkWebhookUrl, describeResolvedBlocked, firstBlockedAddress, type WebhookUrlCheck } from '../domain/webhook-address.js';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type HostResolution =
  | { ok: true; addresses: ResolvedAddress[] | null }
  | { ok: false; blocked: boolean; message: string };

/** How names are looked up (the system resolver, as connections use it); tests may pass another. */
export type Resolve = (host: string) => Promise<ResolvedAddress[]>;
const systemResolve: Resolve = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * Every address the URL's host has must be public. `addresses` is what to connect to (null: let
 * the system look it up: an allow-listed development host). A name that does not resolve is not
 * blocked, only unreachable for now.
 */
export async function resolveEndpointHost(check: Extract<WebhookUrlCheck, { ok: true }>, resolve: Resolve = systemResolve): Promise<HostResolution> {
  if (check.allowListed) return { ok: true, addresses: null };
  if (check.ipLiteral) return { ok: true, addresses: [{ address: check.host, family: check.host.includes(':') ? 6 : 4 }] };
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(check.host);
  } catch {
    return { ok: false, blocked: false, message: `${check.host} could not be resolved.` };
  }
  if (!addresses.length) return { ok: false, blocked: false, message: `${check.host} has no addresses.` };
  const blocked = firstBlockedAddress(addresses.map((a) => a.address));
  if (blocked) return { ok: false, blocked: true, message: describeResolvedBlocked(check.host, blocked.address, blocked.range) };
  return { ok: true, addresses };
}

export interface PostResult {
  /** Null when no HTTP answer came (refused, timed out, blocked). */
  httpStatus: number | null;
  latencyMs: number;
  error: string | null;
  retryAfter: string | null;
  /** The URL or an address it resolved to is not allowed: nothing was sent. */
  blocked: boolean;
}

export interface PostWebhookInput {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowedHosts: readonly string[];
  resolve?: Resolve;
}

/** Answers are read and dropped; a receiver has no reason to send more than this. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * One POST of a signed webhook. The host is checked and resolved here, at delivery time, and the
 * connection goes to exactly the addresses that were checked (a re-resolution between check and
 * connect, DNS rebinding, cannot slip a private address in). Redirects are not followed.
 */
export async function postWebhook(input: PostWebhookInput): Promise<PostResult> {
  const started = Date.now();
  const result = (partial: Partial<PostResult>): PostResult => ({ httpStatus: null, latencyMs: Date.now() - started, error: null, retryAfter: null, blocked: false, ...partial });
  const check = checkWebhookUrl(input.url, input.allowedHosts);
  if (!check.ok) return result({ blocked: true, error: check.message });
  const resolution = await resolveEndpointHost(check, input.resolve);
  if (!resolution.ok) return result({ blocked: resolution.blocked, error: resolution.message });
  const url = new URL(check.href);
  const pinned = resolution.addresses && !check.ipLiteral ? pinnedLookup(resolution.addresses) : undefined;
  const transport = url.protocol === 'https:' ? https : http;

  return new Promise<PostResult>((resolve) => {
    let settled = false;
    const finish = (r: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(r);
    };
    const request = transport.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Guildhall-Webhooks/1.0', 'content-length': Buffer.byteLength(input.body), ...input.headers },
        ...(pinned ? { lookup: pinned } : {}),
        agent: false,
      },
      (response) => {
        let received = 0;
        response.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > MAX_RESPONSE_BYTES) response.destroy();
        });
        const done = () =>
          finish(
            result({
              httpStatus: response.statusCode ?? null,
              retryAfter: typeof response.headers['retry-after'] === 'string' ? response.headers['retry-after'] : null,
              error: response.statusCode && response.statusCode >= 200 && response.statusCode < 300 ? null : `HTTP ${response.statusCode}`,
            }),
          );
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => request.destroy(new Error(`No answer within ${input.timeoutMs} ms.`)), input.timeoutMs);
    request.on('error', (error: NodeJS.ErrnoException) => finish(result({ error: error.code && !error.message.includes(error.code) ? `${error.code}: ${error.message}` : error.message })));
    request.end(input.body);
  });
}

/** A lookup that answers only with addresses already checked. */
function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return ((_hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    const usable = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
    if (!usable.length) return callback(Object.assign(new Error('no checked address of the requested family'), { code: 'ENOTFOUND' }));
    if (options.all) return callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
    return callback(null, usable[0]!.address, usable[0]!.family);
  }) as unknown as LookupFunction;
}
