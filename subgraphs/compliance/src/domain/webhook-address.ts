/**
 * Where webhooks may go: public HTTPS hosts only. Every address a host resolves to is checked
 * (at creation and again at each delivery), so an endpoint can never be aimed at the platform's own
 * network: private, loopback, link-local (cloud metadata), shared, reserved, documentation,
 * multicast, and the same ranges smuggled inside IPv6 (IPv4-mapped, IPv4-compatible, NAT64, 6to4).
 * Hosts on the development allow-list are exempt, and may use plain http.
 */

export type BlockedRange = 'unspecified' | 'private' | 'loopback' | 'link-local' | 'shared' | 'reserved' | 'documentation' | 'multicast' | 'unique-local' | 'site-local';

interface Range {
  prefix: number[];
  bits: number;
  kind: BlockedRange;
}

const v4 = (cidr: string, kind: BlockedRange): Range => {
  const [address, bits] = cidr.split('/');
  return { prefix: parseIPv4(address!)!, bits: Number(bits), kind };
};
const v6 = (cidr: string, kind: BlockedRange): Range => {
  const [address, bits] = cidr.split('/');
  return { prefix: parseIPv6(address!)!, bits: Number(bits), kind };
};

const IPV4_BLOCKED: Range[] = [
  v4('0.0.0.0/8', 'unspecified'),
  v4('10.0.0.0/8', 'private'),
  v4('100.64.0.0/10', 'shared'),
  v4('127.0.0.0/8', 'loopback'),
  v4('169.254.0.0/16', 'link-local'),
  v4('172.16.0.0/12', 'private'),
  v4('192.0.0.0/24', 'reserved'),
  v4('192.0.2.0/24', 'documentation'),
  v4('192.88.99.0/24', 'reserved'),
  v4('192.168.0.0/16', 'private'),
  v4('198.18.0.0/15', 'reserved'),
  v4('198.51.100.0/24', 'documentation'),
  v4('203.0.113.0/24', 'documentation'),
  v4('224.0.0.0/4', 'multicast'),
  v4('240.0.0.0/4', 'reserved'),
];

/** IPv6 ranges that carry an IPv4 address: the embedded one decides (bytes from..from+4). */
const IPV6_EMBEDDING: { range: Range; from: number }[] = [
  { range: v6('::ffff:0:0/96', 'reserved'), from: 12 }, // IPv4-mapped
  { range: v6('::ffff:0:0:0/96', 'reserved'), from: 12 }, // IPv4-translated (SIIT)
  { range: v6('64:ff9b::/96', 'reserved'), from: 12 }, // NAT64
  { range: v6('2002::/16', 'reserved'), from: 2 }, // 6to4
];

const IPV6_BLOCKED: Range[] = [
  v6('::/128', 'unspecified'),
  v6('::1/128', 'loopback'),
  v6('::/96', 'reserved'), // IPv4-compatible (deprecated)
  v6('64:ff9b:1::/48', 'reserved'), // local-use NAT64
  v6('100::/64', 'reserved'), // discard
  v6('2001::/32', 'reserved'), // Teredo
  v6('2001:db8::/32', 'documentation'),
  v6('fc00::/7', 'unique-local'),
  v6('fe80::/10', 'link-local'),
  v6('fec0::/10', 'site-local'),
  v6('ff00::/8', 'multicast'),
];

/** Dotted-quad IPv4, strictly (what URL parsing and DNS answers produce). */
export function parseIPv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^(0|[1-9]\d{0,2})$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** IPv6 (with `::`, an IPv4 tail, a zone id) to its 16 bytes. */
export function parseIPv6(text: string): number[] | null {
  let s = text.replace(/^\[|\]$/g, '').toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':')) return null;
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    // an IPv4 tail (`::ffff:10.0.0.1`) is the last two groups written another way
    const tail = parseIPv4(last);
    if (!tail) return null;
    s = `${s.slice(0, lastColon + 1)}${((tail[0]! << 8) | tail[1]!).toString(16)}:${((tail[2]! << 8) | tail[3]!).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const rest = halves.length === 2 ? groups(halves[1]!) : [];
  if (!head.concat(rest).every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(missing).fill('0'), ...rest].map((g) => parseInt(g, 16));
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

const inRange = (bytes: number[], range: Range): boolean => {
  for (let bit = 0; bit < range.bits; bit += 8) {
    const take = Math.min(8, range.bits - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    const i = bit / 8;
    if ((bytes[i]! & mask) !== (range.prefix[i]! & mask)) return false;
  }
  return true;
};

/** Why an IP may not be sent to, or null when it is a public unicast address. Not an IP: 'reserved'. */
export function blockedRangeOf(ip: string): BlockedRange | null {
  const four = parseIPv4(ip);
  if (four) return IPV4_BLOCKED.find((r) => inRange(four, r))?.kind ?? null;
  const six = parseIPv6(ip);
  if (!six) return 'reserved';
  for (const { range, from } of IPV6_EMBEDDING) {
    if (inRange(six, range)) return blockedRangeOf(six.slice(from, from + 4).join('.'));
  }
  return IPV6_BLOCKED.find((r) => inRange(six, r))?.kind ?? null;
}

export const isIpLiteral = (host: string) => parseIPv4(host) !== null || parseIPv6(host) !== null;

const DESCRIBE: Record<BlockedRange, string> = {
  unspecified: 'an unspecified address',
  private: 'a private address',
  loopback: 'a loopback address',
  'link-local': 'a link-local address',
  shared: 'a shared (carrier-grade NAT) address',
  reserved: 'a reserved address',
  documentation: 'a documentation address',
  multicast: 'a multicast address',
  'unique-local': 'a unique-local (private) address',
  'site-local': 'a site-local (private) address',
};

export const describeBlocked = (ip: string, range: BlockedRange) => `${ip} is ${DESCRIBE[range]}; webhooks go to public addresses only.`;
export const describeResolvedBlocked = (host: string, ip: string, range: BlockedRange) => `${host} resolves to ${ip}, ${DESCRIBE[range]}; webhooks go to public addresses only.`;

/** The first of a host's addresses that may not be sent to, with why; null when all are public. */
export function firstBlockedAddress(addresses: readonly string[]): { address: string; range: BlockedRange } | null {
  for (const address of addresses) {
    const range = blockedRangeOf(address);
    if (range) return { address, range };
  }
  return null;
}

export const MAX_URL_LENGTH = 2048;

export type WebhookUrlCheck =
  | { ok: true; href: string; host: string; allowListed: boolean; ipLiteral: boolean }
  | { ok: false; message: string };

/**
 * The URL's own rules, before any lookup: https (http only for an allow-listed host), no
 * credentials, and an IP literal must be public. A name still has to resolve to public addresses.
 */
export function checkWebhookUrl(raw: string, allowedHosts: readonly string[]): WebhookUrlCheck {
  const text = raw.trim();
  if (!text) return { ok: false, message: 'Give the URL of your webhook endpoint.' };
  if (text.length > MAX_URL_LENGTH) return { ok: false, message: `A webhook URL has at most ${MAX_URL_LENGTH} characters.` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: 'This is not a valid URL.' };
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const allowListed = allowedHosts.includes(host);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowListed)) return { ok: false, message: 'A webhook URL must use https.' };
  if (url.username || url.password) return { ok: false, message: 'A webhook URL must not contain a user name or password.' };
  if (!host) return { ok: false, message: 'This URL names no host.' };
  url.hash = '';
  const ipLiteral = isIpLiteral(host);
  if (ipLiteral && !allowListed) {
    const range = blockedRangeOf(host);
    if (range) return { ok: false, message: describeBlocked(host, range) };
  }
  return { ok: true, href: url.href, host, allowListed, ipLiteral };
}
