import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLEnumType } from 'graphql';
import { ERROR_MESSAGES, errorsByField, messageFor } from './error-messages';

const schema = buildSchema(readFileSync(new URL('../../../schema/api.graphql', import.meta.url), 'utf8'));

describe('the error message table', () => {
  it('has a human message for every error code the graph can return, and none it cannot', () => {
    const codes = (schema.getType('ErrorCode') as GraphQLEnumType).getValues().map((value) => value.name);
    expect(Object.keys(ERROR_MESSAGES).filter((code) => code !== 'NETWORK').sort()).toEqual([...codes].sort());
    for (const message of Object.values(ERROR_MESSAGES)) expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it('speaks to the person for request-level codes and keeps the server’s sentence for a field', () => {
    expect(messageFor({ code: 'FORBIDDEN', message: 'requires members.manage (OWNER, MAINTAINER)' })).toBe(ERROR_MESSAGES.FORBIDDEN);
    expect(messageFor({ code: 'BAD_USER_INPUT', field: ['input', 'email'], message: 'Enter a valid email address.' })).toBe('Enter a valid email address.');
    expect(messageFor({ code: 'LAST_OWNER', message: 'The last active OWNER cannot be removed.' })).toBe('The last active OWNER cannot be removed.');
  });

  it('puts userErrors under the input they name and the rest above the form', () => {
    const split = errorsByField([
      { code: 'BAD_USER_INPUT', field: ['input', 'address', 'postalCode'], message: 'Six digits.' },
      { code: 'BAD_USER_INPUT', field: ['input', 'email'], message: 'Not an email.' },
      { code: 'SEAT_LIMIT_REACHED', field: null, message: 'All 10 seats are taken.' },
    ]);
    expect(split.fields).toEqual({ 'address.postalCode': 'Six digits.', email: 'Not an email.' });
    expect(split.general).toEqual(['All 10 seats are taken.']);
  });
});
