import { ScimError } from './scim-errors.js';
import { matches, parseFilter, parsePatchPath, type Filter } from './scim-filter.js';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function filterError(filter: string): ScimError {
  try {
    parseFilter(filter);
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error(`expected ${filter} to be refused`);
}

describe('parsing filters', () => {
  it('parses a comparison into path, operator and value', () => {
    expect(parseFilter('userName eq "a@b.c"')).toEqual({ op: 'eq', path: { attribute: 'userName' }, value: 'a@b.c' });
  });

  it('reads operators, keywords and attribute names case-insensitively, naming attributes canonically', () => {
    expect(parseFilter('USERNAME Eq "x" AND Active EQ True')).toEqual({
      op: 'and',
      left: { op: 'eq', path: { attribute: 'userName' }, value: 'x' },
      right: { op: 'eq', path: { attribute: 'active' }, value: true },
    });
  });

  it('parses sub-attribute paths', () => {
    expect(parseFilter('name.familyName co "Love"')).toEqual({ op: 'co', path: { attribute: 'name', subAttribute: 'familyName' }, value: 'Love' });
  });

  it('splits a schema-URN-prefixed path after the last colon of the URN', () => {
    expect(parseFilter(`${ENTERPRISE}:employeeNumber eq "701984"`)).toEqual({
      op: 'eq',
      path: { schema: ENTERPRISE, attribute: 'employeeNumber' },
      value: '701984',
    });
    expect(parseFilter('urn:ietf:params:scim:schemas:core:2.0:User:name.givenName pr')).toEqual({
      op: 'pr',
      path: { schema: 'urn:ietf:params:scim:schemas:core:2.0:User', attribute: 'name', subAttribute: 'givenName' },
    });
  });

  it('parses every comparison operator and pr', () => {
    for (const op of ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']) {
      expect(parseFilter(`title ${op} "A"`)).toMatchObject({ op, value: 'A' });
    }
    expect(parseFilter('title pr')).toEqual({ op: 'pr', path: { attribute: 'title' } });
  });

  it('reads JSON string escapes, true/false/null and numbers', () => {
    expect(parseFilter('displayName eq "say \\"hi\\" \\u00e9\\\\"')).toMatchObject({ value: 'say "hi" é\\' });
    expect(parseFilter('active eq false')).toMatchObject({ value: false });
    expect(parseFilter('title eq null')).toMatchObject({ value: null });
    expect(parseFilter('loginCount ge -1.5e2')).toMatchObject({ value: -150 });
  });

  it('binds not tighter than and, and and tighter than or', () => {
    const ast = parseFilter('title pr or userName eq "x" and not (active eq false)');
    expect(ast).toEqual({
      op: 'or',
      left: { op: 'pr', path: { attribute: 'title' } },
      right: {
        op: 'and',
        left: { op: 'eq', path: { attribute: 'userName' }, value: 'x' },
        right: { op: 'not', filter: { op: 'eq', path: { attribute: 'active' }, value: false } },
      },
    });
  });

  it('lets parentheses override precedence', () => {
    const ast = parseFilter('(title pr or userName eq "x") and active eq true') as Extract<Filter, { left: Filter }>;
    expect(ast.op).toBe('and');
    expect(ast.left.op).toBe('or');
  });

  it('parses a value filter on a multi-valued attribute', () => {
    expect(parseFilter('emails[type eq "work" and primary eq true]')).toEqual({
      op: 'valuePath',
      path: { attribute: 'emails' },
      filter: {
        op: 'and',
        left: { op: 'eq', path: { attribute: 'type' }, value: 'work' },
        right: { op: 'eq', path: { attribute: 'primary' }, value: true },
      },
    });
  });

  it('reads `emails[type eq "work"].value eq "x"` as one email that is both', () => {
    expect(parseFilter('emails[type eq "work"].value eq "x"')).toEqual(parseFilter('emails[type eq "work" and value eq "x"]'));
  });

  it('refuses an empty filter', () => {
    expect(filterError('   ')).toMatchObject({ status: 400, scimType: 'invalidFilter', message: 'The filter is empty.' });
  });

  it('refuses an unknown operator and lists the valid ones', () => {
    expect(filterError('userName equals "x"')).toMatchObject({ scimType: 'invalidFilter' });
    expect(filterError('userName equals "x"').detail).toMatch(/Unknown operator 'equals' after 'userName'.*eq, ne, co/);
  });

  it('refuses an unquoted string value, suggesting the quotes', () => {
    expect(filterError('userName eq bob').detail).toMatch(/found 'bob'.*"bob"/);
  });

  it('refuses single-quoted strings', () => {
    expect(filterError("userName eq 'bob'").detail).toMatch(/double quotes/);
  });

  it('refuses a missing value', () => {
    expect(filterError('userName eq').detail).toMatch(/Expected a value .*after 'eq'.*the end of the input/);
  });

  it('refuses an unterminated string and a bad escape', () => {
    expect(filterError('userName eq "bob').detail).toMatch(/Unterminated string starting at position 13/);
    expect(filterError('userName eq "b\\qb"').detail).toMatch(/not a JSON string/);
  });

  it('refuses unbalanced parentheses and brackets', () => {
    expect(filterError('(userName eq "x"').detail).toMatch(/Missing '\)' to close the '\(' at position 1/);
    expect(filterError('userName eq "x")').detail).toMatch(/no '\(' to close/);
    expect(filterError('emails[type eq "work"').detail).toMatch(/Missing '\]'/);
  });

  it('refuses trailing input after a complete filter', () => {
    expect(filterError('userName eq "x" title pr').detail).toMatch(/Unexpected 'title' at position 17: expected 'and', 'or'/);
  });

  it('refuses not without parentheses', () => {
    expect(filterError('not active eq false').detail).toMatch(/'not' .* parentheses/);
  });

  it('refuses nested value filters', () => {
    expect(filterError('emails[type[value eq "x"] pr]').detail).toMatch(/cannot be nested/);
  });

  it('refuses a value filter after a sub-attribute', () => {
    expect(filterError('name.givenName[value eq "x"]').scimType).toBe('invalidFilter');
  });

  it('refuses substring operators on non-strings and ordering on booleans or null', () => {
    expect(filterError('loginCount co 4').detail).toMatch(/'co' compares strings/);
    expect(filterError('active gt true').detail).toMatch(/cannot compare with true/);
    expect(filterError('title lt null').scimType).toBe('invalidFilter');
  });

  it('refuses malformed attribute paths and stray characters', () => {
    expect(filterError('name.given.family eq "x"').detail).toMatch(/is not an attribute path/);
    expect(filterError('1abc eq "x"').detail).toMatch(/Expected an attribute name|not an attribute path/);
    expect(filterError('userName = "x"').detail).toMatch(/Unexpected character '='/);
  });

  it('refuses a filter too long or nested too deep to be a real one', () => {
    expect(filterError(`userName eq "${'x'.repeat(5000)}"`).detail).toMatch(/longer than 4096/);
    expect(filterError(`${'('.repeat(40)}title pr${')'.repeat(40)}`).detail).toMatch(/nests deeper than 32/);
  });
});

describe('parsing PATCH paths', () => {
  it('parses plain, sub-attribute and filtered paths', () => {
    expect(parsePatchPath('active')).toEqual({ attribute: 'active' });
    expect(parsePatchPath('name.givenName')).toEqual({ attribute: 'name', subAttribute: 'givenName' });
    expect(parsePatchPath('members[value eq "2819c223"]')).toEqual({
      attribute: 'members',
      filter: { op: 'eq', path: { attribute: 'value' }, value: '2819c223' },
    });
    expect(parsePatchPath('emails[type eq "work"].value')).toEqual({
      attribute: 'emails',
      subAttribute: 'value',
      filter: { op: 'eq', path: { attribute: 'type' }, value: 'work' },
    });
  });

  it('reports a malformed path, filter part included, as invalidPath', () => {
    expect(() => parsePatchPath('emails[type eq work]')).toThrow(expect.objectContaining({ scimType: 'invalidPath' }));
    expect(() => parsePatchPath('members[value eq "x"] extra')).toThrow(expect.objectContaining({ scimType: 'invalidPath' }));
    expect(() => parsePatchPath('"quoted"')).toThrow(expect.objectContaining({ scimType: 'invalidPath' }));
  });
});

describe('the filter module', () => {
  it('exposes matches beside the parser', () => {
    expect(matches(parseFilter('userName eq "a@b.c"'), { userName: 'A@B.C' })).toBe(true);
  });
});
