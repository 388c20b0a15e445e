import { ScimError } from './scim-errors.js';
import { applyPatchRequest } from './scim-patch.js';
import { parseScimUser, toScimUser, type ScimUserRecord } from './scim-user.js';

const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const BASE = 'https://app.guildhall.example/scim/v2';

/** POST /Users as Okta sends it (its password is ignored: members sign in through SSO). */
const oktaCreate = () => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName: 'Test.User@okta.local',
  name: { givenName: 'Test', familyName: 'User' },
  emails: [{ primary: true, value: 'test.user@okta.local', type: 'work' }],
  displayName: 'Test User',
  locale: 'en-US',
  externalId: '00ujl29u0le5T6Aj10h7',
  groups: [],
  password: '1mz050nq',
  active: true,
});

/** POST /Users as Entra ID sends it, with the enterprise extension. */
const entraCreate = () => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
  externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
  userName: 'Ada.Lovelace@contoso.onmicrosoft.com',
  active: true,
  emails: [{ primary: true, type: 'work', value: 'Ada.Lovelace@contoso.com' }],
  meta: { resourceType: 'User' },
  name: { formatted: 'Ada Lovelace', familyName: 'Lovelace', givenName: 'Ada' },
  title: 'Analyst',
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { employeeNumber: '701984', department: 'Engineering' },
  roles: [],
});

const record = (): ScimUserRecord => ({
  id: 'u-1',
  userName: 'ada@example.com',
  externalId: '00u1abcd',
  givenName: 'Ada',
  familyName: 'Lovelace',
  displayName: 'Ada Lovelace',
  email: 'ada@example.com',
  active: true,
  title: 'Analyst',
  groups: [{ value: 'g-1', display: 'Engineering' }],
  created: new Date('2026-01-10T09:00:00Z'),
  lastModified: new Date('2026-03-01T12:30:00Z'),
});

function userError(json: unknown): ScimError {
  try {
    parseScimUser(json);
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected the user to be refused');
}

describe('parsing a SCIM User', () => {
  it('reads the user Okta creates, ignoring its password and the attributes not stored', () => {
    expect(parseScimUser(oktaCreate())).toEqual({
      userName: 'test.user@okta.local',
      externalId: '00ujl29u0le5T6Aj10h7',
      givenName: 'Test',
      familyName: 'User',
      displayName: 'Test User',
      email: 'test.user@okta.local',
      active: true,
    });
  });

  it('reads the user Entra ID creates, accepting the enterprise extension', () => {
    expect(parseScimUser(entraCreate())).toEqual({
      userName: 'ada.lovelace@contoso.onmicrosoft.com',
      externalId: '0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef',
      givenName: 'Ada',
      familyName: 'Lovelace',
      displayName: 'Ada Lovelace',
      email: 'ada.lovelace@contoso.com',
      active: true,
      title: 'Analyst',
    });
  });

  it('lowercases userName and email', () => {
    expect(parseScimUser({ ...oktaCreate(), userName: '  ADA@Example.COM ' })).toMatchObject({ userName: 'ada@example.com' });
  });

  it('takes the primary email, else the work one, else userName', () => {
    const emails = [
      { value: 'home@example.com', type: 'home' },
      { value: 'work@example.com', type: 'work' },
      { value: 'main@example.com', type: 'other', primary: true },
    ];
    expect(parseScimUser({ ...oktaCreate(), emails }).email).toBe('main@example.com');
    expect(parseScimUser({ ...oktaCreate(), emails: emails.slice(0, 2) }).email).toBe('work@example.com');
    expect(parseScimUser({ ...oktaCreate(), emails: emails.slice(0, 1) }).email).toBe('test.user@okta.local');
    const { emails: _emails, ...withoutEmails } = oktaCreate();
    expect(parseScimUser(withoutEmails).email).toBe('test.user@okta.local');
  });

  it("accepts Entra ID's string booleans for active and primary", () => {
    expect(parseScimUser({ ...entraCreate(), active: 'False' }).active).toBe(false);
    expect(parseScimUser({ ...entraCreate(), active: 'True' }).active).toBe(true);
    const emails = [{ value: 'w@contoso.com', type: 'work' }, { value: 'p@contoso.com', type: 'other', primary: 'True' }];
    expect(parseScimUser({ ...entraCreate(), emails }).email).toBe('p@contoso.com');
  });

  it('treats a user created without active as active', () => {
    const { active: _active, ...body } = oktaCreate();
    expect(parseScimUser(body).active).toBe(true);
  });

  it('reads attribute names case-insensitively', () => {
    expect(parseScimUser({ Schemas: [USER_SCHEMA], USERNAME: 'a@b.co', Name: { GivenName: 'A' } })).toEqual({ userName: 'a@b.co', email: 'a@b.co', givenName: 'A', active: true });
  });

  it('treats blank strings as unset', () => {
    expect(parseScimUser({ ...oktaCreate(), displayName: '  ', title: '' })).not.toHaveProperty('displayName');
  });

  it('names the user from name.formatted when displayName is not given', () => {
    const { displayName: _displayName, ...body } = entraCreate() as ReturnType<typeof entraCreate> & { displayName?: string };
    expect(parseScimUser(body).displayName).toBe('Ada Lovelace');
  });

  it('refuses a user without userName, with invalidValue', () => {
    const { userName: _userName, ...body } = oktaCreate();
    expect(userError(body)).toMatchObject({ status: 400, scimType: 'invalidValue', message: 'userName is required.' });
  });

  it('refuses a userName that is not an email address, with invalidValue', () => {
    const error = userError({ ...entraCreate(), userName: 'Test_User_ab6490ee-1e48-479e-a20b-2d77186b5dd1' });
    expect(error).toMatchObject({ scimType: 'invalidValue' });
    expect(error.detail).toMatch(/userName must be an email address/);
    expect(userError({ ...oktaCreate(), userName: 'ada@localhost' }).scimType).toBe('invalidValue');
  });

  it('refuses a chosen email that is not an email address, with invalidValue', () => {
    expect(userError({ ...oktaCreate(), emails: [{ value: 'not-an-email', primary: true }] }).detail).toMatch(/primary email must be an email address/);
  });

  it('refuses an unknown schema, with invalidSyntax', () => {
    const error = userError({ ...oktaCreate(), schemas: [USER_SCHEMA, 'urn:okta:custom:user:1.0'] });
    expect(error).toMatchObject({ status: 400, scimType: 'invalidSyntax' });
    expect(error.detail).toMatch(/Unknown schema "urn:okta:custom:user:1.0"/);
  });

  it('refuses a body without the core User schema, with invalidSyntax', () => {
    const { schemas: _schemas, ...body } = oktaCreate();
    expect(userError(body).scimType).toBe('invalidSyntax');
    expect(userError({ ...oktaCreate(), schemas: [ENTERPRISE] }).scimType).toBe('invalidSyntax');
    expect(userError({ ...oktaCreate(), schemas: USER_SCHEMA }).scimType).toBe('invalidSyntax');
  });

  it('refuses a body that is not an object, with invalidSyntax', () => {
    expect(userError([oktaCreate()]).scimType).toBe('invalidSyntax');
    expect(userError(null).scimType).toBe('invalidSyntax');
  });

  it('refuses attributes of the wrong type, with invalidValue', () => {
    expect(userError({ ...oktaCreate(), displayName: 42 }).detail).toMatch(/displayName must be a string/);
    expect(userError({ ...oktaCreate(), name: 'Ada Lovelace' }).scimType).toBe('invalidValue');
    expect(userError({ ...oktaCreate(), emails: { value: 'a@b.co' } }).scimType).toBe('invalidValue');
    expect(userError({ ...oktaCreate(), emails: [{ value: 'a@b.co', primary: 'maybe' }] }).scimType).toBe('invalidValue');
    expect(userError({ ...oktaCreate(), active: 'yes' }).detail).toMatch(/active must be true or false/);
  });
});

describe('rendering a SCIM User', () => {
  it('renders every stored attribute, with the email as the primary work one', () => {
    expect(toScimUser(record(), BASE)).toEqual({
      schemas: [USER_SCHEMA],
      id: 'u-1',
      externalId: '00u1abcd',
      userName: 'ada@example.com',
      name: { formatted: 'Ada Lovelace', givenName: 'Ada', familyName: 'Lovelace' },
      displayName: 'Ada Lovelace',
      title: 'Analyst',
      emails: [{ value: 'ada@example.com', type: 'work', primary: true }],
      active: true,
      groups: [{ value: 'g-1', display: 'Engineering', $ref: `${BASE}/Groups/g-1` }],
      meta: { resourceType: 'User', created: '2026-01-10T09:00:00.000Z', lastModified: '2026-03-01T12:30:00.000Z', location: `${BASE}/Users/u-1` },
    });
  });

  it('omits unset attributes rather than rendering nulls', () => {
    const scim = toScimUser({ ...record(), externalId: null, givenName: null, familyName: null, displayName: null, title: null, groups: [] }, `${BASE}/`);
    expect(Object.keys(scim).sort()).toEqual(['active', 'emails', 'groups', 'id', 'meta', 'schemas', 'userName']);
    expect(scim.meta.location).toBe(`${BASE}/Users/u-1`);
  });

  it('parses back to the same input it was rendered from', () => {
    const { id: _id, groups: _groups, created: _created, lastModified: _lastModified, ...stored } = record();
    expect(parseScimUser(toScimUser(record(), BASE))).toEqual(stored);
  });

  it("takes Entra ID's work-email PATCH through render, patch and parse", () => {
    const body = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'Ada.King@example.com' },
        { op: 'Replace', path: 'name.familyName', value: 'King' },
        { op: 'Replace', path: 'active', value: 'False' },
      ],
    };
    expect(parseScimUser(applyPatchRequest(toScimUser(record(), BASE), body))).toMatchObject({ email: 'ada.king@example.com', familyName: 'King', active: false });
  });

  it('refuses a PATCH that removes userName when its result is parsed', () => {
    const body = { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'remove', path: 'userName' }] };
    expect(userError(applyPatchRequest(toScimUser(record(), BASE), body)).scimType).toBe('invalidValue');
  });
});
