import { readFileSync } from 'node:fs';
import { checkCertificate, normaliseCertificate, resolveSamlSettings, validateAutoJoinRole, validateOidc, validateSaml } from './sso-connection.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8');
const now = new Date('2027-06-01T00:00:00Z');

describe('SSO connection settings', () => {
  it('accepts a valid IdP certificate as PEM or as the bare base64 metadata carries', () => {
    const pem = fixture('idp-cert.pem');
    expect(checkCertificate(pem, now)).toEqual([]);
    const bare = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    expect(checkCertificate(bare, now)).toEqual([]);
    expect(normaliseCertificate(bare)).toBe(normaliseCertificate(pem));
  });

  it('refuses an unreadable or expired certificate as SSO_PROVIDER_MISCONFIGURED, without throwing', () => {
    expect(checkCertificate('not a certificate', now)[0]).toMatchObject({ code: 'SSO_PROVIDER_MISCONFIGURED', field: ['input', 'saml', 'certificate'] });
    expect(checkCertificate(fixture('expired-idp-cert.pem'), now)[0]?.message).toMatch(/expired/);
  });

  it('requires https endpoints (loopback http only where allowed) and the fields of each kind', () => {
    const saml = { entryPoint: 'http://idp.example/sso', issuer: '', certificate: fixture('idp-cert.pem') };
    expect(validateSaml(saml, now, false).map((e) => e.field?.join('.'))).toEqual(['input.saml.entryPoint', 'input.saml.issuer']);
    expect(validateSaml({ ...saml, entryPoint: 'http://127.0.0.1:7000/sso', issuer: 'idp' }, now, true)).toEqual([]);
    expect(validateOidc({ issuer: 'https://login.example', clientId: 'c', clientSecret: null, scopes: ['email'] }, true, false).map((e) => e.field?.join('.'))).toEqual([
      'input.oidc.clientSecret',
      'input.oidc.scopes',
    ]);
    expect(validateOidc({ issuer: 'https://login.example', clientId: 'c', scopes: ['openid', 'email'] }, false, false)).toEqual([]);
  });

  it('never auto-joins anyone as OWNER', () => {
    expect(validateAutoJoinRole('OWNER')[0]?.field).toEqual(['input', 'defaultRoleForAutoJoin']);
    expect(validateAutoJoinRole('LEARNER')).toEqual([]);
  });

  it('reads SAML settings from IdP metadata XML, or takes the three fields, never a mix', () => {
    const pem = fixture('idp-cert.pem');
    const bare = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
    const metadataXml = (location: string, certificate = bare) => `<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://idp.example"><IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
      <KeyDescriptor use="signing"><KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><X509Data><X509Certificate>${certificate}</X509Certificate></X509Data></KeyInfo></KeyDescriptor>
      <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${location}"/></IDPSSODescriptor></EntityDescriptor>`;
    expect(resolveSamlSettings({ metadataXml: metadataXml('https://idp.example/sso') }, now, false)).toEqual({ ok: true, value: { entryPoint: 'https://idp.example/sso', issuer: 'https://idp.example', certificate: bare } });
    expect(resolveSamlSettings({ entryPoint: 'https://idp.example/sso', issuer: 'idp', certificate: pem }, now, false)).toEqual({ ok: true, value: { entryPoint: 'https://idp.example/sso', issuer: 'idp', certificate: pem } });
    const fields = (outcome: ReturnType<typeof resolveSamlSettings>) => (outcome.ok ? [] : outcome.errors.map((e) => `${e.code} ${e.field?.join('.')}`));
    // what the metadata says is checked like the fields, and reported on metadataXml
    expect(fields(resolveSamlSettings({ metadataXml: metadataXml('http://idp.example/sso', 'AAAA') }, now, false))).toEqual([
      'SSO_PROVIDER_MISCONFIGURED input.saml.metadataXml',
      'SSO_PROVIDER_MISCONFIGURED input.saml.metadataXml',
    ]);
    expect(fields(resolveSamlSettings({ metadataXml: '<oops' }, now, false))).toEqual(['SSO_PROVIDER_MISCONFIGURED input.saml.metadataXml']);
    expect(fields(resolveSamlSettings({ metadataXml: metadataXml('https://idp.example/sso'), issuer: 'other' }, now, false))).toEqual(['BAD_USER_INPUT input.saml.issuer']);
    expect(fields(resolveSamlSettings({ metadataXml: '  ', entryPoint: 'https://idp.example/sso' }, now, false))).toEqual(['SSO_PROVIDER_MISCONFIGURED input.saml.issuer', 'SSO_PROVIDER_MISCONFIGURED input.saml.certificate']);
    expect(fields(resolveSamlSettings(null, now, false))).toEqual(['SSO_PROVIDER_MISCONFIGURED input.saml']);
  });
});
