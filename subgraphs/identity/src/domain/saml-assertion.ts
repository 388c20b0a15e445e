import { isEmailAddress } from '@guildhall/kernel';

/**
 * Rules on a SAML assertion whose signature, InResponseTo, time window and audience node-saml has
 * already checked: what it does not check (issuer, recipient), how long to remember it against replay,
 * and who it names.
 */

/** How far apart our clock and the IdP's may be; the assertion's window widens by this much on each side. */
export const SAML_CLOCK_SKEW_MS = 60_000;

export interface AssertionFacts {
  id: string | null;
  issuer: string | null;
  /** SubjectConfirmationData Recipient values (where the IdP meant to deliver it). */
  recipients: string[];
  /** The latest NotOnOrAfter anywhere in it: after that (plus skew) nobody accepts it, so nobody needs to remember it. */
  notOnOrAfter: Date | null;
}

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (Array.isArray(value) ? value.filter((v): v is Node => typeof v === 'object' && v !== null) : []);
const attributes = (node: Node | undefined): Record<string, unknown> => (node?.['$'] as Record<string, unknown> | undefined) ?? {};
const text = (value: unknown): string | null => {
  const first = Array.isArray(value) ? value[0] : value;
  const body = typeof first === 'string' ? first : typeof first === 'object' && first !== null ? (first as Node)['_'] : null;
  return typeof body === 'string' && body.trim() ? body.trim() : null;
};
const instant = (value: unknown): Date | null => {
  const date = typeof value === 'string' ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
};

/** Reads the facts from node-saml's parsed assertion (xml2js: prefixes stripped, attributes in `$`, text in `_`). */
export function assertionFacts(parsed: unknown): AssertionFacts {
  const assertion = ((parsed as Node | null)?.['Assertion'] ?? {}) as Node;
  const confirmations = list(assertion['Subject']).flatMap((s) => list(s['SubjectConfirmation'])).flatMap((c) => list(c['SubjectConfirmationData']));
  const expiries = [...confirmations, ...list(assertion['Conditions'])].map((n) => instant(attributes(n)['NotOnOrAfter'])).filter((d): d is Date => d !== null);
  const id = attributes(assertion)['ID'];
  return {
    id: typeof id === 'string' && id ? id : null,
    issuer: text(assertion['Issuer']),
    recipients: confirmations.map((c) => attributes(c)['Recipient']).filter((r): r is string => typeof r === 'string'),
    notOnOrAfter: expiries.length ? new Date(Math.max(...expiries.map((d) => d.getTime()))) : null,
  };
}

/** Why an assertion is refused, or null. It must come from the connection's IdP and be meant for our ACS. */
export function checkAssertion(facts: AssertionFacts, expected: { issuer: string; acsUrl: string }): string | null {
  if (facts.issuer !== expected.issuer.trim()) return 'The assertion was issued by another identity provider than this connection’s.';
  if (facts.recipients.some((r) => r !== expected.acsUrl)) return 'The assertion was meant for another service provider.';
  if (!facts.id) return 'The assertion has no ID.';
  // single use is enforced by remembering the ID until the assertion expires; one that never expires cannot be
  if (!facts.notOnOrAfter) return 'The assertion has no expiry (NotOnOrAfter).';
  return null;
}

/** Until when the ID of an accepted assertion must be remembered to refuse it a second time. */
export const rememberUntil = (facts: AssertionFacts): Date => new Date(facts.notOnOrAfter!.getTime() + SAML_CLOCK_SKEW_MS);

const EMAIL_NAME_ID_FORMATS = ['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress', 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified'];
const EMAIL_ATTRIBUTES = ['email', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress', 'mail', 'urn:oid:0.9.2342.19200300.100.1.3'];
const DISPLAY_NAME = ['displayName', 'http://schemas.microsoft.com/identity/claims/displayname', 'urn:oid:2.16.840.1.113730.3.1.241'];
const GIVEN_NAME = ['givenName', 'firstName', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname', 'urn:oid:2.5.4.42'];
const SURNAME = ['surname', 'sn', 'lastName', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname', 'urn:oid:2.5.4.4'];
const NAME = ['name', 'cn', 'urn:oid:2.5.4.3'];

export interface SamlSubject {
  nameID?: string | null;
  nameIDFormat?: string | null;
  attributes?: Record<string, unknown> | null;
}

/** The first single string value among the named attributes (multi-valued ones give their first value). */
function firstValue(attrs: Record<string, unknown>, names: string[], accept: (value: string) => boolean = () => true): string | null {
  for (const name of names) {
    const value = text(attrs[name]);
    if (value && accept(value)) return value;
  }
  return null;
}

/**
 * Who the assertion names: the email is the NameID when that is an email address (emailAddress or
 * unspecified format; persistent and transient ids are opaque even when they look like one), else an
 * email attribute. The name comes from attributes; null lets the caller fall back to the email's local part.
 */
export function samlSubject(subject: SamlSubject): { email: string | null; name: string | null } {
  const attrs = subject.attributes ?? {};
  const nameId = subject.nameID?.trim() ?? '';
  const nameIdIsEmail = (!subject.nameIDFormat || EMAIL_NAME_ID_FORMATS.includes(subject.nameIDFormat)) && isEmailAddress(nameId.toLowerCase());
  const email = nameIdIsEmail ? nameId : firstValue(attrs, EMAIL_ATTRIBUTES, (v) => isEmailAddress(v.toLowerCase()));
  const given = firstValue(attrs, GIVEN_NAME);
  const surname = firstValue(attrs, SURNAME);
  const name = firstValue(attrs, DISPLAY_NAME) ?? (given && surname ? `${given} ${surname}` : null) ?? firstValue(attrs, NAME, (v) => !v.includes('@')) ?? given;
  return { email, name };
}
