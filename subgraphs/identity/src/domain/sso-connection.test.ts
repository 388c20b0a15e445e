import { readFileSync } from 'node:fs';
import { checkCertificate, normaliseCertificate, validateAutoJoinRole, validateOidc, validateSaml } from './sso-connection.js';

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
});
