import { userError, type UserErrorValue } from '@guildhall/kernel';

/** Names and slugs of orgs, pure. A slug is the org's stable, URL-safe handle. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MIN = 3;
export const SLUG_MAX = 48;

export function validateOrganizationName(name: string | null | undefined, field: string[]): UserErrorValue[] {
  const value = (name ?? '').trim();
  if (!value) return [userError('BAD_USER_INPUT', field, 'Enter the organization name.')];
  if (value.length > 120) return [userError('BAD_USER_INPUT', field, 'Use at most 120 characters.')];
  return [];
}

export function validateSlug(slug: string, field: string[]): UserErrorValue[] {
  return slug.length >= SLUG_MIN && slug.length <= SLUG_MAX && SLUG.test(slug)
    ? []
    : [userError('BAD_USER_INPUT', field, `Use ${SLUG_MIN}–${SLUG_MAX} lowercase letters, digits and single hyphens.`)];
}

/** A slug derived from a name: "Acme Learning, Inc." → "acme-learning-inc". */
export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX - 7)
    .replace(/-+$/g, '');
  return base.length >= SLUG_MIN ? base : `org-${base}`.replace(/-+$/g, '');
}
