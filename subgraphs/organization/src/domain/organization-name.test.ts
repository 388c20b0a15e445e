import { slugify, validateOrganizationName, validateSlug } from './organization-name.js';

describe('organization names and slugs', () => {
  it('derives URL-safe slugs from names', () => {
    expect(slugify('Acme Learning, Inc.')).toBe('acme-learning-inc');
    expect(slugify('Éléphant Conseil')).toBe('elephant-conseil');
    expect(slugify('AI')).toBe('org-ai');
    expect(validateSlug(slugify('x'.repeat(200)), ['slug'])).toEqual([]);
  });

  it('refuses a missing name and a malformed slug, naming the field', () => {
    expect(validateOrganizationName('  ', ['input', 'name'])[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'name'] });
    expect(validateSlug('Bad Slug', ['input', 'slug'])[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'slug'] });
    expect(validateSlug('--', ['input', 'slug'])).toHaveLength(1);
    expect(validateSlug('good-slug-42', ['input', 'slug'])).toEqual([]);
  });
});
