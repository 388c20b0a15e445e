import { assertionFacts, checkAssertion, rememberUntil, SAML_CLOCK_SKEW_MS, samlSubject } from './saml-assertion.js';

const ACS = 'https://app.example/auth/sso/c1/acs';
/** An assertion as node-saml parses it (xml2js: prefixes stripped, attributes in `$`, text in `_`). */
const parsed = (overrides: { issuer?: string; recipient?: string; conditionsEnd?: string | null; confirmationEnd?: string | null; id?: string | null } = {}) => ({
  Assertion: {
    $: overrides.id === null ? {} : { ID: overrides.id ?? '_a1', IssueInstant: '2027-01-01T10:00:00Z' },
    Issuer: [{ _: overrides.issuer ?? 'https://idp.example' }],
    Subject: [
      {
        NameID: [{ _: 'sam@acme.test' }],
        SubjectConfirmation: [{ $: { Method: 'urn:oasis:names:tc:SAML:2.0:cm:bearer' }, SubjectConfirmationData: [{ $: { Recipient: overrides.recipient ?? ACS, ...(overrides.confirmationEnd === null ? {} : { NotOnOrAfter: overrides.confirmationEnd ?? '2027-01-01T10:05:00Z' }) } }] }],
      },
    ],
    Conditions: [{ $: { NotBefore: '2027-01-01T10:00:00Z', ...(overrides.conditionsEnd === null ? {} : { NotOnOrAfter: overrides.conditionsEnd ?? '2027-01-01T10:10:00Z' }) } }],
  },
});

describe('a verified SAML assertion', () => {
  it('is remembered until its latest NotOnOrAfter plus the clock skew', () => {
    const facts = assertionFacts(parsed());
    expect(facts).toEqual({ id: '_a1', issuer: 'https://idp.example', recipients: [ACS], notOnOrAfter: new Date('2027-01-01T10:10:00Z') });
    expect(rememberUntil(facts).getTime()).toBe(new Date('2027-01-01T10:10:00Z').getTime() + SAML_CLOCK_SKEW_MS);
    expect(assertionFacts(parsed({ conditionsEnd: null })).notOnOrAfter).toEqual(new Date('2027-01-01T10:05:00Z'));
    expect(checkAssertion(facts, { issuer: 'https://idp.example', acsUrl: ACS })).toBeNull();
  });

  it('is refused from another issuer, for another recipient, without an ID or without any expiry', () => {
    const expected = { issuer: 'https://idp.example', acsUrl: ACS };
    expect(checkAssertion(assertionFacts(parsed({ issuer: 'https://evil.example' })), expected)).toMatch(/another identity provider/);
    expect(checkAssertion(assertionFacts(parsed({ recipient: 'https://other.example/acs' })), expected)).toMatch(/another service provider/);
    expect(checkAssertion(assertionFacts(parsed({ id: null })), expected)).toMatch(/no ID/);
    expect(checkAssertion(assertionFacts(parsed({ conditionsEnd: null, confirmationEnd: null })), expected)).toMatch(/no expiry/);
    expect(checkAssertion(assertionFacts(null), expected)).toMatch(/another identity provider/);
  });
});

describe('who a SAML assertion names', () => {
  it('takes the email from an email NameID', () => {
    expect(samlSubject({ nameID: 'Sam@Acme.test', nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' })).toEqual({ email: 'Sam@Acme.test', name: null });
    expect(samlSubject({ nameID: 'sam@acme.test', nameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified' }).email).toBe('sam@acme.test');
  });

  it('takes an email attribute when the NameID is opaque, never the opaque id', () => {
    const persistent = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';
    expect(samlSubject({ nameID: 'x@looks-like.test', nameIDFormat: persistent, attributes: { 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'pat@acme.test' } }).email).toBe('pat@acme.test');
    expect(samlSubject({ nameID: '00u1abc', nameIDFormat: persistent, attributes: { email: ['lee@acme.test', 'lee2@acme.test'] } }).email).toBe('lee@acme.test');
    expect(samlSubject({ nameID: 'x@looks-like.test', nameIDFormat: persistent, attributes: { email: 'not an email' } }).email).toBeNull();
  });

  it('takes the name from displayName, else given name and surname, else name', () => {
    expect(samlSubject({ attributes: { displayName: 'Sam Sso', givenName: 'S', surname: 'X' } }).name).toBe('Sam Sso');
    expect(samlSubject({ attributes: { givenName: 'Sam', surname: 'Sso' } }).name).toBe('Sam Sso');
    expect(samlSubject({ attributes: { 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname': 'Pat', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': 'Lee' } }).name).toBe('Pat Lee');
    expect(samlSubject({ attributes: { name: 'sam@acme.test' } }).name).toBeNull();
    expect(samlSubject({ attributes: { name: 'Sam' } }).name).toBe('Sam');
    expect(samlSubject({}).name).toBeNull();
  });
});
