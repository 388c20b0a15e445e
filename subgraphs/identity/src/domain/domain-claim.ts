import { randomBytes } from 'node:crypto';
import { domainToASCII } from 'node:url';

/**
 * Domain claims, pure: what a claimable domain is, which are refused, the TXT record that proves
 * control and how an answer from DNS is read.
 */
export const DOMAIN_CLAIM_STATUSES = ['PENDING', 'VERIFIED', 'LAPSED'] as const;
export type DomainClaimStatus = (typeof DOMAIN_CLAIM_STATUSES)[number];

export const TXT_VALUE_PREFIX = 'guildhall-verification=';
/** The record may also sit on this label under the domain, for domains whose apex TXT is crowded. */
export const TXT_ALTERNATE_LABEL = '_guildhall';

const MAX_DOMAIN = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Mail providers whose domains belong to everyone who has an address there: never claimable, nor
 * any name under them.
 */
export const CONSUMER_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.in', 'ymail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'zoho.com', 'zohomail.in', 'rediffmail.com',
  'gmx.com', 'mail.com', 'yandex.com', 'fastmail.com', 'hey.com', 'tutanota.com', 'qq.com', '163.com',
];

export type DomainCheck = { ok: true; domain: string } | { ok: false; message: string };

/**
 * A domain as typed → its canonical form: trimmed, lowercase, one trailing dot dropped, IDN as
 * punycode (`bücher.example` → `xn--bcher-kva.example`). Refuses URLs, paths, ports, e-mail
 * addresses, wildcards, IP addresses and anything that is not at least two valid labels.
 */
export function normaliseDomain(input: string): DomainCheck {
  const typed = input.trim();
  const invalid = (message = 'Enter a domain name such as example.com, without http:// or a path.'): DomainCheck => ({ ok: false, message });
  if (!typed) return invalid('Enter a domain name such as example.com.');
  if (typed.length > 1000) return invalid();
  if (/[\s/\\:@?#*[\]]/.test(typed)) return invalid();
  const ascii = domainToASCII(typed.replace(/\.$/, ''));
  if (!ascii) return invalid();
  const domain = ascii.toLowerCase();
  if (domain.length > MAX_DOMAIN) return invalid(`A domain name has at most ${MAX_DOMAIN} characters.`);
  const labels = domain.split('.');
  if (labels.length < 2) return invalid('Enter the full domain name, such as example.com.');
  if (!labels.every((label) => LABEL.test(label))) {
    return invalid('Each part of a domain name has 1 to 63 letters, digits or hyphens, and does not start or end with a hyphen.');
  }
  if (/^\d+$/.test(labels.at(-1)!)) return invalid('Enter a domain name, not an IP address.');
  return { ok: true, domain };
}

/** The consumer provider the domain is, or is under; null for a domain an organization can own. */
export function consumerDomainOf(domain: string): string | null {
  return CONSUMER_DOMAINS.find((consumer) => domain === consumer || domain.endsWith(`.${consumer}`)) ?? null;
}

export const newDomainToken = (): string => randomBytes(24).toString('base64url');

/** The TXT record's value, as the org adds it to its DNS. */
export const txtRecordValue = (token: string): string => `${TXT_VALUE_PREFIX}${token}`;

/** The names looked up: the domain itself, then `_guildhall.<domain>`. */
export const txtRecordNames = (domain: string): string[] => [domain, `${TXT_ALTERNATE_LABEL}.${domain}`];

/**
 * Whether TXT records as DNS returned them (each a list of character-strings, joined to read it)
 * hold this claim's value. Only an exact match counts: another claim's token proves nothing.
 */
export function recordsProveClaim(records: readonly (readonly string[])[], token: string): boolean {
  const expected = txtRecordValue(token);
  return records.some((chunks) => chunks.join('').trim() === expected);
}

/** What to tell an OWNER whose record is not (yet) visible. */
export function missingRecordMessage(domain: string, token: string): string {
  return `No TXT record "${txtRecordValue(token)}" was found at ${domain}. Add a TXT record with the name ${domain} (or ${TXT_ALTERNATE_LABEL}.${domain}) and the value ${txtRecordValue(token)}, then verify again; DNS changes can take a few minutes to appear.`;
}
