import { readFileSync } from 'node:fs';
import { IDP_METADATA_MAX_CHARS, parseIdpMetadata } from './saml-idp-metadata.js';

const pem = readFileSync(new URL('../../test/fixtures/idp-cert.pem', import.meta.url), 'utf8');
const base64 = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
const wrapped = base64.match(/.{1,64}/g)!.join('\n        ');

const metadata = (sso: string, keys = `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
        ${wrapped}
      </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`) => `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="http://www.okta.com/exk1">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    ${keys}
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    ${sso}
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

const REDIRECT = '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://acme.okta.com/app/exk1/sso/saml"/>';
const POST = '<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://acme.okta.com/app/exk1/sso/post"/>';
const errorOf = (xml: string) => {
  const outcome = parseIdpMetadata(xml);
  return outcome.ok ? null : outcome.errors[0];
};

describe('reading IdP metadata', () => {
  it('takes the entityID, the HTTP-Redirect SingleSignOnService and the signing certificate', () => {
    expect(parseIdpMetadata(metadata(`${POST}${REDIRECT}`))).toEqual({ ok: true, value: { issuer: 'http://www.okta.com/exk1', entryPoint: 'https://acme.okta.com/app/exk1/sso/saml', certificate: base64 } });
  });

  it('falls back to the HTTP-POST location when no HTTP-Redirect one is listed', () => {
    expect(parseIdpMetadata(metadata(POST))).toMatchObject({ ok: true, value: { entryPoint: 'https://acme.okta.com/app/exk1/sso/post' } });
  });

  it('skips an encryption key and accepts a key without `use`, in any namespace prefix', () => {
    const keys = `<md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>AAAA</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
      <md:KeyDescriptor><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${base64}</X509Certificate></X509Data></KeyInfo></md:KeyDescriptor>`;
    expect(parseIdpMetadata(metadata(REDIRECT, keys))).toMatchObject({ ok: true, value: { certificate: base64 } });
  });

  it('finds the IdP inside an EntitiesDescriptor next to an SP', () => {
    const sp = '<md:EntityDescriptor entityID="https://sp.example"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>';
    const idp = metadata(REDIRECT).replace(/^<\?xml[^>]*>\s*/, '').replace(' xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#"', '');
    const xml = `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">${sp}${idp}</md:EntitiesDescriptor>`;
    expect(parseIdpMetadata(xml)).toMatchObject({ ok: true, value: { issuer: 'http://www.okta.com/exk1' } });
  });

  it('refuses what cannot be used as SSO_PROVIDER_MISCONFIGURED on input.saml.metadataXml', () => {
    const cases: [string, RegExp][] = [
      ['<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"', /well-formed/],
      ['not xml at all', /well-formed|no identity provider/],
      [metadata(REDIRECT).replace('IDPSSODescriptor', 'SPSSODescriptor').replace('IDPSSODescriptor', 'SPSSODescriptor'), /no identity provider/],
      [metadata(REDIRECT).replace(' entityID="http://www.okta.com/exk1"', ''), /no entityID/],
      [metadata(''), /no HTTP-Redirect or HTTP-POST/],
      [metadata(REDIRECT, ''), /no signing certificate/],
      [metadata(REDIRECT).replace('xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"', 'xmlns:md="urn:example:not-saml"'), /no identity provider/],
      [`${metadata(REDIRECT)}<!--${'x'.repeat(IDP_METADATA_MAX_CHARS)}-->`, /too large/],
    ];
    for (const [xml, message] of cases) {
      expect(errorOf(xml)).toEqual({ code: 'SSO_PROVIDER_MISCONFIGURED', field: ['input', 'saml', 'metadataXml'], message: expect.stringMatching(message) });
    }
  });
});
