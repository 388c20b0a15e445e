import { SAML, ValidateInResponseTo, type CacheProvider } from '@node-saml/passport-saml';
import { SAML_CLOCK_SKEW_MS } from '../domain/saml-assertion.js';
import { refused, SSO_ATTEMPT_TTL_MS } from './sso-sign-in.js';
import type { SsoConnectionRecord } from './sso-connections.js';

/** Our side of a SAML connection, at the gateway's public address: one entity id and ACS per connection. */
export interface SamlEndpoints {
  /** Also the audience the IdP must address its assertions to, and where our metadata is served. */
  entityId: string;
  acsUrl: string;
}

export function samlEndpoints(publicUrl: string | null | undefined, connectionId: string): SamlEndpoints {
  let base: URL;
  try {
    base = new URL(publicUrl ?? '');
  } catch {
    throw refused('The gateway did not say where it is reached; SAML sign-in needs its public URL.');
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') throw refused('The gateway’s public URL must be http(s).');
  const root = `${base.origin}${base.pathname.replace(/\/+$/, '')}/auth/sso/${connectionId}`;
  return { entityId: `${root}/metadata`, acsUrl: `${root}/acs` };
}

/**
 * node-saml configured for one connection. Assertions must be signed with the connection's certificate
 * (what we act on must carry the IdP's signature itself; a signed Response alone is not enough), must
 * answer a request we sent (`validateInResponseTo: always`, request ids in `cacheProvider`), must name
 * our entity id as audience, and may be off by at most a minute of clock skew.
 */
export function samlServiceProvider(connection: SsoConnectionRecord, endpoints: SamlEndpoints, cacheProvider: CacheProvider): SAML {
  return new SAML({
    entryPoint: connection.samlEntryPoint!,
    idpCert: connection.samlCertificate!,
    idpIssuer: connection.samlIssuer!,
    issuer: endpoints.entityId,
    callbackUrl: endpoints.acsUrl,
    audience: endpoints.entityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: SSO_ATTEMPT_TTL_MS,
    cacheProvider,
    acceptedClockSkewMs: SAML_CLOCK_SKEW_MS,
    // IdPs differ in NameID formats and authentication contexts (MFA, Kerberos); asking for specific
    // ones makes some refuse the request, so we ask for none and read the email from what comes back
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    signatureAlgorithm: 'sha256',
  });
}
