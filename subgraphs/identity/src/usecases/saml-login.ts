import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Profile } from '@node-saml/passport-saml';
import { notFound, safeReturnTo, selectRows } from '@guildhall/kernel';
import { assertionFacts, checkAssertion, rememberUntil, samlSubject } from '../domain/saml-assertion.js';
import { recordingRequestStore, takingRequestStore } from './saml-request-store.js';
import { samlRefusalReason } from './saml-refusal.js';
import { samlEndpoints, samlServiceProvider } from './saml-service-provider.js';
import type { SsoConnectionRecord } from './sso-connections.js';
import { enabledSsoConnection, refused, requireUsableCertificate, signInThroughSso, type SsoLoginDeps, type SsoLoginResult } from './sso-sign-in.js';

const hashRelayState = (relayState: string) => createHash('sha256').update(relayState).digest();

/**
 * SP-initiated SAML: an AuthnRequest by HTTP-Redirect, its id stored for single use. RelayState is a
 * random value whose hash is stored with the return path: the path never travels through the IdP.
 */
export async function beginSamlLogin(deps: SsoLoginDeps, connection: SsoConnectionRecord, input: { publicUrl: string | null; returnTo: string | null }): Promise<string> {
  requireUsableCertificate(connection);
  const relayState = randomBytes(32).toString('base64url');
  const store = recordingRequestStore(deps.em, { connectionId: connection.id, relayStateHash: hashRelayState(relayState).toString('base64url'), returnTo: safeReturnTo(input.returnTo) });
  const saml = samlServiceProvider(connection, samlEndpoints(input.publicUrl, connection.id), store);
  return saml.getAuthorizeUrlAsync(relayState, undefined, {});
}

export interface CompleteSamlLoginInput {
  connectionId: string;
  samlResponse: string;
  relayState: string | null;
  publicUrl: string;
}

const sameRelayState = (given: string | null, storedHash: string) => !!given && timingSafeEqual(hashRelayState(given), Buffer.from(storedHash, 'base64url'));

/** Remembers an accepted assertion's ID until it expires; false when it was seen before (a replay). */
async function firstUseOf(deps: SsoLoginDeps, connectionId: string, assertionId: string, until: Date): Promise<boolean> {
  const rows = await selectRows(deps.em, `insert into "identity"."saml_assertion_seen" (connection_id, assertion_id, expires_at) values (?, ?, ?) on conflict do nothing returning assertion_id`, [connectionId, assertionId, until]);
  return rows.length === 1;
}

/**
 * Completes a SAML sign-in from the IdP's HTTP-POST to our ACS: node-saml checks the assertion's
 * signature, InResponseTo (the request is taken, once), time window and audience; we check the issuer,
 * the recipient and the RelayState, refuse an assertion ID seen before, and sign in by its email.
 */
export async function completeSamlLogin(deps: SsoLoginDeps, input: CompleteSamlLoginInput): Promise<SsoLoginResult> {
  const connection = await enabledSsoConnection(deps, input.connectionId);
  if (connection.kind !== 'SAML') throw notFound('SSO connection');
  requireUsableCertificate(connection);
  const endpoints = samlEndpoints(input.publicUrl, connection.id);
  const store = takingRequestStore(deps.em, connection.id);
  let profile: Profile | null;
  try {
    ({ profile } = await samlServiceProvider(connection, endpoints, store.provider).validatePostResponseAsync({ SAMLResponse: input.samlResponse }));
  } catch (error) {
    throw refused(samlRefusalReason(error));
  }
  const request = store.taken(profile?.inResponseTo as string | undefined);
  if (!profile || !request) throw refused('The identity provider’s answer could not be verified; start again.');
  if (!sameRelayState(input.relayState, request.relayStateHash)) throw refused('The RelayState does not belong to this sign-in; start again.');

  const facts = assertionFacts(profile.getAssertion?.());
  const problem = checkAssertion(facts, { issuer: connection.samlIssuer!, acsUrl: endpoints.acsUrl });
  if (problem) throw refused(problem);
  const subject = samlSubject({ nameID: profile.nameID, nameIDFormat: profile.nameIDFormat, attributes: profile['attributes'] as Record<string, unknown> | undefined });
  if (!subject.email) throw refused('The identity provider did not share an email address.');
  if (!(await firstUseOf(deps, connection.id, facts.id!, rememberUntil(facts)))) throw refused('This assertion was already used; start again.');
  return signInThroughSso(deps, connection, { email: subject.email, name: subject.name, returnTo: request.returnTo });
}
