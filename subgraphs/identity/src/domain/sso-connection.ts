import { X509Certificate } from 'node:crypto';
import { userError, type UserErrorValue } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';

/** An org's single sign-on connection: SAML 2.0 or OpenID Connect, with the fields each needs. */
export const SSO_KINDS = ['SAML', 'OIDC'] as const;
export type SsoKind = (typeof SSO_KINDS)[number];

export interface SamlSettings {
  entryPoint: string;
  /** The IdP's entity id (Issuer of its responses). */
  issuer: string;
  /** The IdP's signing certificate, PEM or bare base64 (as metadata carries it). */
  certificate: string;
}

export interface OidcSettings {
  /** Discovery happens at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  /** Only on create or to change it; stored encrypted, never shown again. */
  clientSecret?: string | null;
  scopes: string[];
}

const f = (...path: string[]) => ['input', ...path];
const misconfigured = (field: string[], message: string) => userError('SSO_PROVIDER_MISCONFIGURED', field, message);

/** PEM from what admins paste: a PEM block, or the bare base64 body IdP metadata carries. */
export function normaliseCertificate(input: string): string {
  const body = input.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
}

/**
 * The certificate must parse and be valid now. Checked when a connection is saved and again before
 * each sign-in: a bad one is SSO_PROVIDER_MISCONFIGURED, never a crash.
 */
export function checkCertificate(pem: string, now: Date, field: string[] = f('saml', 'certificate')): UserErrorValue[] {
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(normaliseCertificate(pem));
  } catch {
    return [misconfigured(field, 'The IdP certificate cannot be read; paste the PEM or base64 from the IdP’s metadata.')];
  }
  if (new Date(certificate.validTo).getTime() < now.getTime()) return [misconfigured(field, `The IdP certificate expired on ${certificate.validTo}.`)];
  if (new Date(certificate.validFrom).getTime() > now.getTime()) return [misconfigured(field, `The IdP certificate is not valid before ${certificate.validFrom}.`)];
  return [];
}

function checkUrl(value: string, field: string[], allowHttpLoopback: boolean): UserErrorValue[] {
  try {
    const url = new URL(value);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol === 'https:' || (allowHttpLoopback && loopback && url.protocol === 'http:')) return [];
  } catch {
    // reported below
  }
  return [misconfigured(field, 'Use an https:// address.')];
}

export function validateSaml(settings: SamlSettings | null | undefined, now: Date, allowHttpLoopback: boolean): UserErrorValue[] {
  if (!settings) return [misconfigured(f('saml'), 'A SAML connection needs the IdP’s entry point, issuer and certificate.')];
  return [
    ...checkUrl(settings.entryPoint, f('saml', 'entryPoint'), allowHttpLoopback),
    ...(settings.issuer.trim() ? [] : [misconfigured(f('saml', 'issuer'), 'Enter the IdP’s entity id (issuer).')]),
    ...checkCertificate(settings.certificate, now),
  ];
}

export function validateOidc(settings: OidcSettings | null | undefined, creating: boolean, allowHttpLoopback: boolean): UserErrorValue[] {
  if (!settings) return [misconfigured(f('oidc'), 'An OIDC connection needs the issuer, client id and client secret.')];
  return [
    ...checkUrl(settings.issuer, f('oidc', 'issuer'), allowHttpLoopback),
    ...(settings.clientId.trim() ? [] : [misconfigured(f('oidc', 'clientId'), 'Enter the client id.')]),
    ...(creating && !settings.clientSecret ? [misconfigured(f('oidc', 'clientSecret'), 'Enter the client secret.')] : []),
    ...(settings.scopes.includes('openid') ? [] : [misconfigured(f('oidc', 'scopes'), 'The scopes must include openid.')]),
  ];
}

/** Auto-join admits verified-domain users at a default role; never as OWNER. */
export function validateAutoJoinRole(role: Role): UserErrorValue[] {
  return role === 'OWNER' ? [userError('BAD_USER_INPUT', f('defaultRoleForAutoJoin'), 'Auto-join cannot make anyone an OWNER.')] : [];
}
