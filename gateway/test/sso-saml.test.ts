import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import * as samlify from 'samlify';
import { createOrganization, gql, signUp, startSystem, waitUntil, type RunningSystem } from '@guildhall/testkit';

/**
 * A samlify identity provider signs the responses; it needs no HTTP server, since the test plays the
 * browser: it reads the AuthnRequest from the gateway's redirect and posts the response to the ACS.
 * Its key and certificate are test fixtures (gateway/test/fixtures/README.md).
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const IDP_ENTITY_ID = 'https://idp.guildhall.test/saml';
const IDP_SSO = 'http://127.0.0.1:7999/idp/sso';
const IDP_ORIGIN = 'https://idp.guildhall.test';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

// samlify insists on an XML schema validator; the IdP side is test-only and our SP is node-saml
samlify.setSchemaValidator({ validate: async () => 'skipped' });
const idp = samlify.IdentityProvider({
  entityID: IDP_ENTITY_ID,
  signingCert: fixture('saml-idp-cert.pem'),
  privateKey: fixture('saml-idp-key.pem'),
  singleSignOnService: [{ Binding: REDIRECT, Location: IDP_SSO }],
  singleLogoutService: [{ Binding: REDIRECT, Location: `${IDP_SSO}/logout` }],
  nameIDFormat: ['urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'],
});

let system: RunningSystem;
let gatewayBase: string;
let db: pg.Client;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const gatewayPort = await freePort();
  gatewayBase = `http://127.0.0.1:${gatewayPort}`;
  system = await startSystem({ gatewayEnv: { GATEWAY_PORT: String(gatewayPort), PUBLIC_URL: gatewayBase } });
  db = new pg.Client({ connectionString: system.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await system?.stop();
});

const newDomain = (label: string) => `${label}-${randomBytes(4).toString('hex')}.test`;

/** An org with a SAML connection to the test IdP (from its metadata XML unless `fields`), and `domain` VERIFIED. */
async function orgWithSaml(domain: string, settings: { autoJoin?: boolean; enforceSso?: boolean; defaultRoleForAutoJoin?: string; fields?: boolean } = {}) {
  const { fields, ...flags } = settings;
  const owner = await signUp(system.gatewayUrl, { name: 'Owner' });
  const org = await createOrganization(system.gatewayUrl, owner.token, `SAML ${domain}`);
  const saml = fields ? { entryPoint: IDP_SSO, issuer: IDP_ENTITY_ID, certificate: fixture('saml-idp-cert.pem') } : { metadataXml: idp.getMetadata() };
  const made = await gql(
    system.gatewayUrl,
    'mutation ($input: SsoConnectionInput!) { r: createSsoConnection(input: $input) { connection { id saml { entryPoint issuer } } userErrors { code field message } } }',
    { input: { organizationId: org.id, name: 'Test SAML IdP', kind: 'SAML', ...flags, saml } },
    { token: owner.token },
  );
  expect(made.data?.['r'].userErrors).toEqual([]);
  expect(made.data?.['r'].connection.saml).toEqual({ entryPoint: IDP_SSO, issuer: IDP_ENTITY_ID });
  await db.query(`insert into identity.domain_claim (id, organization_id, domain, token, status, created_by, verified_at) values ($1, $2, $3, 'test', 'VERIFIED', $4, now())`, [randomUUID(), org.id, domain, owner.userId]);
  const connectionId = made.data?.['r'].connection.id as string;
  // the IdP's admin configures our side from our metadata, as in real life
  const sp = samlify.ServiceProvider({ metadata: await (await fetch(`${gatewayBase}/auth/sso/${connectionId}/metadata`)).text() });
  return { owner, org, connectionId, sp };
}

/** GET /start as a browser would; the IdP reads the AuthnRequest from the redirect. */
async function start(connectionId: string, sp: ReturnType<typeof samlify.ServiceProvider>, returnTo = '/dashboard') {
  const response = await fetch(`${gatewayBase}/auth/sso/${connectionId}/start?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location')!);
  expect(`${location.origin}${location.pathname}`).toBe(IDP_SSO);
  expect(location.searchParams.get('SAMLRequest')).toBeTruthy();
  const parsed = await idp.parseLoginRequest(sp, 'redirect', { query: Object.fromEntries(location.searchParams), octetString: '' });
  return { requestId: parsed.extract.request!.id as string, relayState: location.searchParams.get('RelayState')! };
}

interface Assertion {
  email: string;
  /** null: an unsolicited response, answering no request. */
  inResponseTo?: string | null;
  audience?: string;
  notOnOrAfter?: Date;
  attributes?: Record<string, string>;
  /** false: the assertion's SubjectConfirmationData leaves InResponseTo out (only the Response carries it). */
  bindSubjectToRequest?: boolean;
}

const attributeStatement = (attributes: Record<string, string>) =>
  `<saml:AttributeStatement>${Object.entries(attributes)
    .map(([name, value]) => `<saml:Attribute Name="${name}"><saml:AttributeValue xsi:type="xs:string">${value}</saml:AttributeValue></saml:Attribute>`)
    .join('')}</saml:AttributeStatement>`;

/** A login response signed by the test IdP (the assertion, as our metadata asks), base64 as it is posted. */
async function signedResponse(sp: ReturnType<typeof samlify.ServiceProvider>, entityId: string, acsUrl: string, a: Assertion, signer = idp): Promise<string> {
  const now = new Date();
  const notOnOrAfter = (a.notOnOrAfter ?? new Date(now.getTime() + 5 * 60_000)).toISOString();
  const issued = new Date(Math.min(now.getTime(), new Date(notOnOrAfter).getTime() - 5 * 60_000)).toISOString();
  const result = await signer.createLoginResponse(sp, { extract: { request: { id: a.inResponseTo ?? '' } } }, 'post', { email: a.email }, (template: string) => {
    const shaped = a.bindSubjectToRequest === false ? template.replace(' Recipient="{SubjectRecipient}" InResponseTo="{InResponseTo}"', ' Recipient="{SubjectRecipient}"') : template;
    const context = samlify.SamlLib.replaceTagsByValue(shaped, {
      ID: `_${randomUUID()}`,
      AssertionID: `_${randomUUID()}`,
      Destination: acsUrl,
      Audience: a.audience ?? entityId,
      SubjectRecipient: acsUrl,
      Issuer: IDP_ENTITY_ID,
      IssueInstant: issued,
      StatusCode: 'urn:oasis:names:tc:SAML:2.0:status:Success',
      ConditionsNotBefore: issued,
      ConditionsNotOnOrAfter: notOnOrAfter,
      SubjectConfirmationDataNotOnOrAfter: notOnOrAfter,
      NameIDFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      NameID: a.email,
      InResponseTo: a.inResponseTo ?? null, // null drops the attribute: an unsolicited response
      AuthnStatement: '',
    }).replace('{AttributeStatement}', a.attributes ? attributeStatement(a.attributes) : '');
    return { id: '', context };
  });
  return result.context;
}

/** POST to the ACS as the IdP's auto-submitting form does: cross-site, no cookies. */
const postToAcs = (connectionId: string, samlResponse: string, relayState: string | null) =>
  fetch(`${gatewayBase}/auth/sso/${connectionId}/acs`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: IDP_ORIGIN, 'sec-fetch-site': 'cross-site' },
    body: new URLSearchParams({ SAMLResponse: samlResponse, ...(relayState === null ? {} : { RelayState: relayState }) }).toString(),
  });

const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
const encode = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');
const endpointsOf = (connectionId: string) => ({ entityId: `${gatewayBase}/auth/sso/${connectionId}/metadata`, acsUrl: `${gatewayBase}/auth/sso/${connectionId}/acs` });
const sessionCookieOf = (response: Response) => response.headers.getSetCookie().find((c) => c.startsWith('gh_session='));
const viewerWith = async (cookie: string) => (await gql(system.gatewayUrl, '{ viewer { id email name } }', {}, { cookie: cookie.split(';')[0]! })).data?.['viewer'];

/** One connection and a helper that runs a sign-in through it with the assertion shaped by `shape`. */
async function samlSetup(label: string, settings: Parameters<typeof orgWithSaml>[1] = {}) {
  const domain = newDomain(label);
  const setup = await orgWithSaml(domain, settings);
  const { entityId, acsUrl } = endpointsOf(setup.connectionId);
  const signIn = async (email: string, shape: (request: { requestId: string }) => Partial<Assertion> = () => ({})) => {
    const request = await start(setup.connectionId, setup.sp);
    const samlResponse = await signedResponse(setup.sp, entityId, acsUrl, { email, inResponseTo: request.requestId, ...shape(request) });
    return { request, samlResponse, response: await postToAcs(setup.connectionId, samlResponse, request.relayState) };
  };
  return { ...setup, domain, entityId, acsUrl, signIn };
}

const expectRefused = async (response: Response, message: RegExp, error = 'SSO_SIGN_IN_FAILED') => {
  expect(response.status).toBe(400);
  expect(response.headers.getSetCookie()).toEqual([]);
  const body = await response.json();
  expect(body).toEqual({ error, message: expect.stringMatching(message) });
  expect(JSON.stringify(body)).not.toMatch(/\bat \//);
};

describe('Signing in with SAML', () => {
  it('signs in through a signed response to our request: a session cookie that works, a user named from the attributes, back to returnTo', async () => {
    const { org, domain, signIn } = await samlSetup('acme');
    const { response } = await signIn(`sam@${domain}`, () => ({ attributes: { displayName: 'Sam Saml' } }));
    expect({ status: response.status, body: response.status === 302 ? '' : await response.text() }).toEqual({ status: 302, body: '' });
    expect(response.headers.get('location')).toBe('/dashboard');
    const cookie = sessionCookieOf(response);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/); // sent on the top-level redirect that follows the IdP's cross-site post
    const user = (await db.query('select id, name, password_hash from identity.user where email = $1', [`sam@${domain}`])).rows[0];
    expect(user).toMatchObject({ name: 'Sam Saml', password_hash: null });
    expect(await viewerWith(cookie!)).toEqual({ id: user.id, email: `sam@${domain}`, name: 'Sam Saml' });
    await waitUntil(async () => (await db.query(`select 1 from identity.outbox where type = 'identity.sso.signed-in' and aggregate_id = $1 and organization_id = $2`, [user.id, org.id])).rowCount === 1);
  });

  it('links an existing account by email and names new users by their email when no name attribute comes', async () => {
    const { domain, signIn } = await samlSetup('link');
    const existing = await signUp(system.gatewayUrl, { email: `pat@${domain}`, name: 'Pat' });
    const linked = await signIn(`Pat@${domain}`);
    expect(linked.response.status).toBe(302);
    expect(await viewerWith(sessionCookieOf(linked.response)!)).toEqual({ id: existing.userId, email: `pat@${domain}`, name: 'Pat' });
    const fresh = await signIn(`kim@${domain}`);
    expect(fresh.response.status).toBe(302);
    expect((await db.query('select name from identity.user where email = $1', [`kim@${domain}`])).rows[0].name).toBe('kim');
  });

  it('refuses a tampered response: the NameID edited after signing', async () => {
    const { connectionId, domain, sp, entityId, acsUrl } = await samlSetup('tamper');
    const sign = async (requestId: string) => decode(await signedResponse(sp, entityId, acsUrl, { email: `tam@${domain}`, inResponseTo: requestId }));
    const request = await start(connectionId, sp);
    const tampered = (await sign(request.requestId)).replace(`>tam@${domain}<`, `>boss@${domain}<`);
    expect(tampered).toContain(`>boss@${domain}<`);
    await expectRefused(await postToAcs(connectionId, encode(tampered), request.relayState), /not signed with this connection’s IdP certificate/);
    expect((await db.query('select count(*)::int as n from identity.user where email = $1', [`boss@${domain}`])).rows[0].n).toBe(0);
    // the same response untouched is accepted: the edit alone was refused
    const control = await start(connectionId, sp);
    expect((await postToAcs(connectionId, encode(await sign(control.requestId)), control.relayState)).status).toBe(302);
  });

  it('refuses an unsigned response, and a response signed only as a whole (the assertion must carry the signature)', async () => {
    const { connectionId, domain, sp, entityId, acsUrl } = await samlSetup('unsigned');
    const request = await start(connectionId, sp);
    const signed = decode(await signedResponse(sp, entityId, acsUrl, { email: `uno@${domain}`, inResponseTo: request.requestId }));
    const unsigned = signed.replace(/<ds:Signature[\s\S]*?<\/ds:Signature>/g, '');
    expect(unsigned).not.toContain('Signature');
    await expectRefused(await postToAcs(connectionId, encode(unsigned), request.relayState), /not signed/);

    // an SP that does not ask for signed assertions gets the Response signed instead; we refuse that
    const lenientSp = samlify.ServiceProvider({ metadata: (await (await fetch(`${gatewayBase}/auth/sso/${connectionId}/metadata`)).text()).replace('WantAssertionsSigned="true"', 'WantAssertionsSigned="false"') });
    const second = await start(connectionId, sp);
    const responseSigned = decode(await signedResponse(lenientSp, entityId, acsUrl, { email: `uno@${domain}`, inResponseTo: second.requestId }));
    expect(responseSigned.indexOf('<ds:Signature')).toBeLessThan(responseSigned.indexOf('<saml:Assertion'));
    await expectRefused(await postToAcs(connectionId, encode(responseSigned), second.relayState), /not signed/);
    expect((await db.query('select count(*)::int as n from identity.user where email = $1', [`uno@${domain}`])).rows[0].n).toBe(0);
  });

  it('refuses an expired assertion, and accepts one within the minute of clock skew', async () => {
    const { domain, signIn } = await samlSetup('expired');
    const expired = await signIn(`old@${domain}`, () => ({ notOnOrAfter: new Date(Date.now() - 2 * 60_000) }));
    await expectRefused(expired.response, /expired or not yet valid/);
    const skewed = await signIn(`old@${domain}`, () => ({ notOnOrAfter: new Date(Date.now() - 20_000) }));
    expect(skewed.response.status).toBe(302);
  });

  it('refuses a replayed response, and a signed assertion re-wrapped to answer a new request', async () => {
    const { connectionId, domain, sp, signIn } = await samlSetup('replay');
    const first = await signIn(`rae@${domain}`, () => ({ bindSubjectToRequest: false }));
    expect(first.response.status).toBe(302);
    await expectRefused(await postToAcs(connectionId, first.samlResponse, first.request.relayState), /unknown, expired or was already used/);

    // the Response is not signed, only the assertion: point it at a fresh request, same signed assertion
    const fresh = await start(connectionId, sp);
    const rewrapped = encode(decode(first.samlResponse).replace(`InResponseTo="${first.request.requestId}"`, `InResponseTo="${fresh.requestId}"`));
    await expectRefused(await postToAcs(connectionId, rewrapped, fresh.relayState), /assertion was already used/);
    expect((await db.query('select count(*)::int as n from identity.saml_assertion_seen where connection_id = $1', [connectionId])).rows[0].n).toBe(1);
  });

  it('refuses a wrong audience, an unknown or missing InResponseTo, and a RelayState of another sign-in', async () => {
    const { connectionId, domain, sp, entityId, acsUrl, signIn } = await samlSetup('audience');
    await expectRefused((await signIn(`aud@${domain}`, () => ({ audience: 'https://someone-else.example/sp' }))).response, /another service provider \(audience\)/);
    await expectRefused((await signIn(`aud@${domain}`, () => ({ inResponseTo: `_${randomUUID()}` }))).response, /unknown, expired or was already used/);
    await expectRefused((await signIn(`aud@${domain}`, () => ({ inResponseTo: null }))).response, /IdP-initiated sign-in is not accepted/);
    const unsolicited = await signedResponse(sp, entityId, acsUrl, { email: `aud@${domain}`, inResponseTo: null });
    await expectRefused(await postToAcs(connectionId, unsolicited, null), /IdP-initiated sign-in is not accepted/);

    const mine = await start(connectionId, sp);
    const theirs = await start(connectionId, sp);
    const response = await signedResponse(sp, entityId, acsUrl, { email: `aud@${domain}`, inResponseTo: mine.requestId });
    await expectRefused(await postToAcs(connectionId, response, theirs.relayState), /RelayState does not belong/);
    await expectRefused(await postToAcs(connectionId, response, null), /unknown, expired or was already used/); // the request was taken
    expect((await db.query('select count(*)::int as n from identity.user where email = $1', [`aud@${domain}`])).rows[0].n).toBe(0);
  });

  it('refuses an email whose domain the org has not verified', async () => {
    const { signIn } = await samlSetup('verified');
    const elsewhere = `eve@${newDomain('other')}`;
    await expectRefused((await signIn(elsewhere)).response, /not a verified domain/);
    expect((await db.query('select count(*)::int as n from identity.user where email = $1', [elsewhere])).rows[0].n).toBe(0);
  });

  it('answers SSO_PROVIDER_MISCONFIGURED, without crashing, when the stored certificate is garbage', async () => {
    const { owner, org, connectionId, domain, sp, entityId, acsUrl } = await samlSetup('garbage');
    const request = await start(connectionId, sp);
    await db.query(`update identity.sso_connection set saml_certificate = 'garbage' where id = $1`, [connectionId]);
    const response = await signedResponse(sp, entityId, acsUrl, { email: `gar@${domain}`, inResponseTo: request.requestId });
    await expectRefused(await postToAcs(connectionId, response, request.relayState), /cannot be used: The IdP certificate cannot be read/, 'SSO_PROVIDER_MISCONFIGURED');
    await expectRefused(await fetch(`${gatewayBase}/auth/sso/${connectionId}/start`, { redirect: 'manual' }), /cannot be read/, 'SSO_PROVIDER_MISCONFIGURED');
    expect((await fetch(`${gatewayBase}/healthz`)).status).toBe(200);
    // the dashboard still lists the connection, without a fingerprint
    const listed = await gql(system.gatewayUrl, 'query ($id: ID!) { organization(id: $id) { ssoConnections { id saml { certificateFingerprint } } } }', { id: org.id }, { token: owner.token });
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.['organization'].ssoConnections).toEqual([{ id: connectionId, saml: { certificateFingerprint: null } }]);
  });

  it('serves our SP metadata naming the entity id and the ACS, and 404 for unknown and OIDC connections', async () => {
    const { owner, org, connectionId } = await samlSetup('metadata');
    const { entityId, acsUrl } = endpointsOf(connectionId);
    const response = await fetch(`${gatewayBase}/auth/sso/${connectionId}/metadata`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/samlmetadata\+xml/);
    const xml = await response.text();
    expect(xml).toContain(`entityID="${entityId}"`);
    expect(xml).toMatch(new RegExp(`<AssertionConsumerService[^>]*Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"[^>]*Location="${acsUrl}"`));
    expect(xml).toContain('WantAssertionsSigned="true"');

    expect((await fetch(`${gatewayBase}/auth/sso/${randomUUID()}/metadata`)).status).toBe(404);
    const oidc = await gql(
      system.gatewayUrl,
      'mutation ($input: SsoConnectionInput!) { r: createSsoConnection(input: $input) { connection { id } } }',
      { input: { organizationId: org.id, name: 'OIDC', kind: 'OIDC', oidc: { issuer: 'https://login.example', clientId: 'c', clientSecret: 's', scopes: ['openid'] } } },
      { token: owner.token },
    );
    expect((await fetch(`${gatewayBase}/auth/sso/${oidc.data?.['r'].connection.id}/metadata`)).status).toBe(404);
  });

  it('takes only a form of bounded size at the ACS', async () => {
    const { connectionId } = await samlSetup('form');
    const json = await fetch(`${gatewayBase}/auth/sso/${connectionId}/acs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    const huge = await fetch(`${gatewayBase}/auth/sso/${connectionId}/acs`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `SAMLResponse=${'A'.repeat(600 * 1024)}` });
    expect(huge.status).toBe(413);
    await expectRefused(await postToAcs(connectionId, '', 'x'), /posted no SAMLResponse/);
    await expectRefused(await postToAcs(connectionId, encode('<not-saml/>'), 'x'), /could not be verified|IdP-initiated/);
  });

  it('auto-joins a verified-domain user at the default role', async () => {
    const { org, domain, signIn } = await samlSetup('join', { autoJoin: true, defaultRoleForAutoJoin: 'LEARNER' });
    expect((await signIn(`lee@${domain}`)).response.status).toBe(302);
    const userId = (await db.query('select id from identity.user where email = $1', [`lee@${domain}`])).rows[0].id as string;
    await waitUntil(async () => (await db.query(`select 1 from organization.membership where organization_id = $1 and user_id = $2 and role = 'LEARNER' and status = 'ACTIVE'`, [org.id, userId])).rowCount === 1, 10_000, 'the auto-join');
    expect((await db.query('select seats_used from organization.organization where id = $1', [org.id])).rows[0].seats_used).toBe(1);
  });

  it('is offered by ssoCheck, and password sign-in is refused where the org enforces it', async () => {
    const { connectionId, domain } = await samlSetup('enforced', { enforceSso: true, fields: true });
    const check = await gql(system.gatewayUrl, 'query ($email: String!) { ssoCheck(email: $email) { ssoAvailable enforced startPath } }', { email: `pat@${domain}` });
    expect(check.data?.['ssoCheck']).toEqual({ ssoAvailable: true, enforced: true, startPath: `/auth/sso/${connectionId}/start` });
    const user = await signUp(system.gatewayUrl, { email: `pat@${domain}`, password: 'correct horse battery' });
    const password = await gql(system.gatewayUrl, 'mutation ($input: SignInInput!) { signIn(input: $input) { user { id } userErrors { code field } } }', { input: { email: user.email, password: 'correct horse battery' } });
    expect(password.data?.['signIn']).toEqual({ user: null, userErrors: [{ code: 'SSO_REQUIRED', field: ['input', 'email'] }] });
  });
});

