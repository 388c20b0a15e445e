import { X509Certificate } from 'node:crypto';
import { fail, succeed, userError, type Outcome, type UserErrorValue } from '@guildhall/kernel';
import type { Role } from '@guildhall/roles';
import { parseIdpMetadata } from './saml-idp-metadata.js';

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

/** What an admin gives: the IdP's metadata XML, or the three settings themselves. */
export interface SamlSettingsInput {
  metadataXml?: string | null;
  entryPoint?: string | null;
  issuer?: string | null;
  certificate?: string | null;
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

/** Checks resolved settings; `from` names the input field they came from, so errors point where to fix them. */
export function validateSaml(settings: SamlSettings | null | undefined, now: Date, allowHttpLoopback: boolean, from: 'fields' | 'metadataXml' = 'fields'): UserErrorValue[] {
  if (!settings) return [misconfigured(f('saml'), 'A SAML connection needs the IdP’s metadata XML, or its entry point, issuer and certificate.')];
  const field = (name: string) => f('saml', from === 'fields' ? name : 'metadataXml');
  return [
    ...checkUrl(settings.entryPoint, field('entryPoint'), allowHttpLoopback),
    ...(settings.issuer.trim() ? [] : [misconfigured(field('issuer'), 'Enter the IdP’s entity id (issuer).')]),
    ...checkCertificate(settings.certificate, now, field('certificate')),
  ];
}

const given = (value: string | null | undefined) => (value?.trim() ? value : null);

/**
 * The three settings to store, from the IdP's metadata XML or from the fields, never a mix: a field
 * given beside the metadata would silently lose to it or silently override it.
 */
export function resolveSamlSettings(input: SamlSettingsInput | null | undefined, now: Date, allowHttpLoopback: boolean): Outcome<SamlSettings> {
  if (input && given(input.metadataXml)) {
    const mixed = (['entryPoint', 'issuer', 'certificate'] as const).filter((name) => given(input[name]));
    if (mixed.length) return fail(...mixed.map((name) => userError('BAD_USER_INPUT', f('saml', name), 'Give the IdP metadata XML or this field, not both.')));
    const parsed = parseIdpMetadata(input.metadataXml!);
    if (!parsed.ok) return parsed;
    const errors = validateSaml(parsed.value, now, allowHttpLoopback, 'metadataXml');
    return errors.length ? fail(...errors) : parsed;
  }
  const settings = input ? { entryPoint: input.entryPoint?.trim() ?? '', issuer: input.issuer ?? '', certificate: input.certificate ?? '' } : null;
  const errors = validateSaml(settings, now, allowHttpLoopback);
  return errors.length ? fail(...errors) : succeed(settings!);
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
