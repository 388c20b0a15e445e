import { SCIM_ERROR_SCHEMA, ScimError, toScimErrorResponse } from './scim-errors.js';

describe('ScimError', () => {
  it('renders the RFC 7644 error body with the status as a string', () => {
    expect(ScimError.invalidFilter('Unknown operator.').toResponse()).toEqual({
      schemas: [SCIM_ERROR_SCHEMA],
      status: '400',
      scimType: 'invalidFilter',
      detail: 'Unknown operator.',
    });
  });

  it('gives each 400 factory its scimType', () => {
    const cases: [ScimError, string][] = [
      [ScimError.invalidFilter('x'), 'invalidFilter'],
      [ScimError.invalidSyntax('x'), 'invalidSyntax'],
      [ScimError.invalidPath('x'), 'invalidPath'],
      [ScimError.invalidValue('x'), 'invalidValue'],
      [ScimError.noTarget('x'), 'noTarget'],
      [ScimError.mutability('x'), 'mutability'],
      [ScimError.tooMany('x'), 'tooMany'],
    ];
    for (const [error, scimType] of cases) {
      expect(error.status).toBe(400);
      expect(error.toResponse()).toMatchObject({ status: '400', scimType });
    }
  });

  it('answers a uniqueness conflict with 409', () => {
    expect(ScimError.uniqueness('userName a@b.c is taken.').toResponse()).toMatchObject({ status: '409', scimType: 'uniqueness' });
  });

  it('answers not found with 404 and no scimType', () => {
    const body = ScimError.notFound('No user 42.').toResponse();
    expect(body).toEqual({ schemas: [SCIM_ERROR_SCHEMA], status: '404', detail: 'No user 42.' });
    expect(body).not.toHaveProperty('scimType');
  });

  it('answers an erased user with 410 gone', () => {
    expect(ScimError.gone('This user was erased.').toResponse()).toEqual({ schemas: [SCIM_ERROR_SCHEMA], status: '410', detail: 'This user was erased.' });
  });

  it('answers a missing token with 401 and a forbidden one with 403, with default details', () => {
    expect(ScimError.unauthorized().toResponse()).toMatchObject({ status: '401' });
    expect(ScimError.unauthorized().detail).toMatch(/bearer token/);
    expect(ScimError.forbidden().toResponse()).toMatchObject({ status: '403' });
    expect(ScimError.forbidden('Revoked.').detail).toBe('Revoked.');
  });

  it('is an Error, so it can be thrown and caught by type', () => {
    const error = ScimError.noTarget('nothing');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScimError');
    expect(error.message).toBe('nothing');
  });

  it('turns any other error into a bare 500 that reveals nothing of its cause', () => {
    expect(toScimErrorResponse(new Error('relation "users" does not exist'))).toEqual({ schemas: [SCIM_ERROR_SCHEMA], status: '500', detail: 'Internal server error.' });
    expect(toScimErrorResponse(ScimError.gone('erased'))).toMatchObject({ status: '410' });
  });
});
