import { DOMParser } from '@xmldom/xmldom';
import { fail, succeed, userError, type Outcome } from '@guildhall/kernel';
import type { SamlSettings } from './sso-connection.js';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';
/** Real IdP metadata is a few KB; aggregates of whole federations are not what an org pastes here. */
export const IDP_METADATA_MAX_CHARS = 512 * 1024;

const FIELD = ['input', 'saml', 'metadataXml'];
const unusable = (message: string) => fail<SamlSettings>(userError('SSO_PROVIDER_MISCONFIGURED', FIELD, message));

function parseXml(xml: string): Document | null {
  let broken = false;
  // xmldom reports malformed input to the handler and carries on; any error means we do not trust the tree
  const document = new DOMParser({ errorHandler: { warning: () => undefined, error: () => (broken = true), fatalError: () => (broken = true) } }).parseFromString(xml, 'text/xml');
  return broken || !document?.documentElement ? null : document;
}

const children = (parent: Element, localName: string): Element[] => Array.from(parent.getElementsByTagNameNS(MD, localName));

/** The signing certificate: a KeyDescriptor with use="signing", or one without `use` (it then serves both). */
function signingCertificate(idp: Element): string | null {
  const descriptors = children(idp, 'KeyDescriptor').filter((k) => (k.getAttribute('use') || 'signing') === 'signing');
  for (const descriptor of descriptors) {
    const body = descriptor.getElementsByTagNameNS(DS, 'X509Certificate')[0]?.textContent?.replace(/\s+/g, '');
    if (body) return body;
  }
  return null;
}

/** HTTP-Redirect first (how we send AuthnRequests); an IdP listing only HTTP-POST usually takes both at that URL. */
function singleSignOnLocation(idp: Element): string | null {
  const services = children(idp, 'SingleSignOnService');
  const location = (binding: string) => services.find((s) => s.getAttribute('Binding') === binding)?.getAttribute('Location')?.trim();
  return location(REDIRECT) || location(POST) || null;
}

/**
 * The three SAML settings from an IdP's metadata XML: its entityID, its SingleSignOnService location and
 * its signing certificate (bare base64, as stored for pasted certificates). The first EntityDescriptor
 * with an IDPSSODescriptor is used. Anything unreadable is SSO_PROVIDER_MISCONFIGURED on metadataXml.
 */
export function parseIdpMetadata(xml: string): Outcome<SamlSettings> {
  if (xml.length > IDP_METADATA_MAX_CHARS) return unusable('The IdP metadata is too large; paste the metadata of this one IdP.');
  const document = parseXml(xml);
  if (!document) return unusable('The IdP metadata is not well-formed XML.');
  const entity = Array.from(document.getElementsByTagNameNS(MD, 'EntityDescriptor')).find((e) => children(e, 'IDPSSODescriptor').length > 0);
  if (!entity) return unusable('The metadata describes no identity provider (no IDPSSODescriptor).');
  const idp = children(entity, 'IDPSSODescriptor')[0]!;
  const issuer = entity.getAttribute('entityID')?.trim();
  if (!issuer) return unusable('The IdP metadata has no entityID.');
  const entryPoint = singleSignOnLocation(idp);
  if (!entryPoint) return unusable('The IdP metadata has no HTTP-Redirect or HTTP-POST SingleSignOnService.');
  const certificate = signingCertificate(idp);
  if (!certificate) return unusable('The IdP metadata has no signing certificate.');
  return succeed({ entryPoint, issuer, certificate });
}
