import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';
import { z } from 'zod';

/** Looks up TXT records: each record is the list of its character-strings (join them to read it). */
export interface TxtResolver {
  /** [] when the name does not exist or has no TXT records; throws on any other failure (timeout, SERVFAIL…). */
  resolveTxt(name: string): Promise<string[][]>;
}

/** Answers that mean "there is no such record": everything else is a failure to find out. */
const NO_RECORDS = new Set(['ENOTFOUND', 'ENODATA']);

export interface TxtResolverOptions {
  /** Per-try timeout in ms. */
  timeoutMs?: number;
  tries?: number;
}

/**
 * A TXT resolver on `node:dns/promises`: the system's resolvers, or the `host:port` servers given
 * (DNS_SERVERS; tests point it at a DNS server of their own on loopback).
 */
export function createTxtResolver(servers: readonly string[] | null, options: TxtResolverOptions = {}): TxtResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 3000, tries: options.tries ?? 2 });
  if (servers?.length) resolver.setServers([...servers]);
  return {
    async resolveTxt(name) {
      try {
        return await resolver.resolveTxt(name);
      } catch (error) {
        if (NO_RECORDS.has((error as NodeJS.ErrnoException).code ?? '')) return [];
        throw error;
      }
    },
  };
}

/** One DNS server as `setServers` takes it: an IP, `ipv4:port` or `[ipv6]:port`. */
function isServerAddress(entry: string): boolean {
  if (isIP(entry)) return true;
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(entry);
  if (!match) return false;
  const host = match[1] ?? match[2]!;
  const port = Number(match[3]);
  return isIP(host) !== 0 && (match[1] === undefined || isIP(host) === 6) && port >= 1 && port <= 65535;
}

/** `DNS_SERVERS` (comma-separated) → the list, null when unset or blank (the system's resolvers), undefined when malformed. */
export function parseDnsServers(value: string | undefined): string[] | null | undefined {
  if (value === undefined || value.trim() === '') return null;
  const entries = value.split(',').map((s) => s.trim()).filter(Boolean);
  return entries.every(isServerAddress) ? entries : undefined;
}

/** The optional config field every service that looks up DNS shares. */
export const dnsServersField = z
  .string()
  .optional()
  .refine((v) => parseDnsServers(v) !== undefined, 'must be comma-separated IP addresses, each optionally with :port (e.g. 127.0.0.1:5353,[::1]:53)');
