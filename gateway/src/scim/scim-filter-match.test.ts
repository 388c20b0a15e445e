import { matches } from './scim-filter-match.js';
import { parseFilter } from './scim-filter.js';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** A user as toScimUser renders one, plus what other providers' resources carry. */
const ada = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id: '7d1c5a7e-0b7a-4f3c-9a53-2f5d1a0c6b11',
  externalId: '00u1abcdEFGH',
  userName: 'ada@example.com',
  name: { givenName: 'Ada', familyName: 'Lovelace', formatted: 'Ada Lovelace' },
  displayName: 'Ada Lovelace, Engineering',
  emails: [
    { value: 'ada@example.com', type: 'work', primary: true },
    { value: 'ada@home.example', type: 'home', primary: false },
  ],
  active: true,
  title: 'Analyst',
  loginCount: 42,
  [ENTERPRISE]: { employeeNumber: '701984', manager: { value: 'm-1' } },
  meta: { resourceType: 'User', created: '2026-01-10T09:00:00.000Z', lastModified: '2026-03-01T12:30:00.000Z' },
};

const check = (filter: string, resource: object = ada) => matches(parseFilter(filter), resource);

describe('matching a resource', () => {
  it('finds a user by userName, case-insensitively (Okta and Entra ID before a create)', () => {
    expect(check('userName eq "ADA@example.com"')).toBe(true);
    expect(check('userName eq "grace@example.com"')).toBe(false);
  });

  it('compares externalId and id case-exactly', () => {
    expect(check('externalId eq "00u1abcdEFGH"')).toBe(true);
    expect(check('externalId eq "00u1ABCDefgh"')).toBe(false);
    expect(check('id eq "7D1C5A7E-0B7A-4F3C-9A53-2F5D1A0C6B11"')).toBe(false);
  });

  it('matches a value filter with a sub-attribute against one element', () => {
    expect(check('emails[type eq "work"].value eq "ada@example.com"')).toBe(true);
    // the home address exists, but not as the work one
    expect(check('emails[type eq "work"].value eq "ada@home.example"')).toBe(false);
    expect(check('emails[type eq "home" and primary eq false]')).toBe(true);
  });

  it('matches a multi-valued attribute when any of its values matches', () => {
    expect(check('emails.value eq "ada@home.example"')).toBe(true);
    expect(check('emails.type eq "other"')).toBe(false);
  });

  it('evaluates or, and and not', () => {
    expect(check('userName eq "x" or externalId eq "00u1abcdEFGH"')).toBe(true);
    expect(check('userName eq "x" or externalId eq "y"')).toBe(false);
    expect(check('userName sw "ada" and title eq "Analyst"')).toBe(true);
    expect(check('not (active eq false)')).toBe(true);
    expect(check('not (active eq false)', { ...ada, active: false })).toBe(false);
  });

  it('tests presence: a set, non-empty value', () => {
    expect(check('title pr')).toBe(true);
    expect(check('title pr', { ...ada, title: '' })).toBe(false);
    expect(check('title pr', { ...ada, title: null })).toBe(false);
    expect(check('emails pr', { ...ada, emails: [] })).toBe(false);
    expect(check('nickName pr')).toBe(false);
  });

  it('compares substrings case-insensitively with co, sw and ew', () => {
    expect(check('displayName co "eng"')).toBe(true);
    expect(check('displayName co "Ops"')).toBe(false);
    expect(check('userName sw "ADA@"')).toBe(true);
    expect(check('userName ew "@EXAMPLE.COM"')).toBe(true);
  });

  it('treats ne as not eq, so an unset attribute is unequal to anything', () => {
    expect(check('title ne "Analyst"')).toBe(false);
    expect(check('title ne "Director"')).toBe(true);
    expect(check('nickName ne "x"')).toBe(true);
  });

  it('treats eq null as unset', () => {
    expect(check('nickName eq null')).toBe(true);
    expect(check('title eq null')).toBe(false);
  });

  it('orders numbers, strings and dateTimes (as instants)', () => {
    expect(check('loginCount gt 41')).toBe(true);
    expect(check('loginCount le 41')).toBe(false);
    expect(check('title lt "b"')).toBe(true);
    expect(check('meta.lastModified gt "2026-02-01T00:00:00Z"')).toBe(true);
    expect(check('meta.created eq "2026-01-10T09:00:00Z"')).toBe(true);
    expect(check('meta.created ge "2026-01-10T10:00:00+02:00"')).toBe(true);
  });

  it('does not match values of another type', () => {
    expect(check('active eq "true"')).toBe(false);
    expect(check('loginCount eq "42"')).toBe(false);
  });

  it('reads extension attributes under their schema URN', () => {
    expect(check(`${ENTERPRISE}:employeeNumber eq "701984"`)).toBe(true);
    expect(check(`${ENTERPRISE}:manager.value eq "m-1"`)).toBe(true);
    expect(check('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "ada@example.com"')).toBe(true);
    expect(check('employeeNumber eq "701984"')).toBe(false);
  });

  it('matches attribute names in the resource whatever their case', () => {
    expect(check('username eq "a@b.c"', { UserName: 'a@b.c' })).toBe(true);
  });

  it('matches group members by value, for Okta and Entra ID group lookups', () => {
    const group = { displayName: 'Engineering', members: [{ value: 'u-1', display: 'ada@example.com' }, { value: 'u-2' }] };
    expect(check('members[value eq "u-2"]', group)).toBe(true);
    expect(check('displayName eq "engineering"', group)).toBe(true);
    expect(check('members[value eq "u-3"]', group)).toBe(false);
  });
});
