import { isUuid, userError, type UserErrorValue } from '@guildhall/kernel';
import { highestRole, type Role } from '@guildhall/roles';
import { checkRoleAllowedInOrg, type OrgFacts } from '@guildhall/roles';

/**
 * The rules of SCIM provisioning, pure. An IdP decides who is in the org and in which groups; the
 * OWNER decides what each group means (its role). OWNERs are named in Guildhall, never by an IdP.
 */

/** The role of a provisioned member in no mapped group. */
export const SCIM_DEFAULT_ROLE: Role = 'LEARNER';

/** The highest-ranked role among the member's mapped groups, LEARNER when none maps; an OWNER stays OWNER. */
export function scimRoleFor(current: Role, mappedRoles: readonly (Role | null)[]): Role {
  if (current === 'OWNER') return 'OWNER';
  return highestRole(mappedRoles.filter((role): role is Role => role !== null)) ?? SCIM_DEFAULT_ROLE;
}

/** A group may map to any role the org allows, except OWNER; null unmaps it. */
export function checkScimGroupRole(role: Role | null, org: Pick<OrgFacts, 'canHost' | 'canSponsor'>): UserErrorValue[] {
  if (role === null) return [];
  if (role === 'OWNER') return [userError('ROLE_TRANSITION_BLOCKED', ['input', 'role'], 'A SCIM group cannot make anyone an OWNER; OWNERs are named in Guildhall.')];
  return checkRoleAllowedInOrg(role, org);
}

export interface ScimUserFields {
  userName: string;
  email: string;
  active: boolean;
  externalId?: string | null;
  givenName?: string | null;
  familyName?: string | null;
  displayName?: string | null;
  title?: string | null;
}

export interface ScimGroupFields {
  displayName: string;
  externalId?: string | null;
  memberIds: string[];
}

const TEXT_MAX = 256;
const tooLong = (field: string, value: string | null | undefined) =>
  value && value.length > TEXT_MAX ? [userError('BAD_USER_INPUT', ['input', field], `${field} is longer than ${TEXT_MAX} characters.`)] : [];

/** Lengths and presence; the SCIM edge has already checked the shape (emails are emails, active a boolean). */
export function checkScimUserFields(fields: ScimUserFields): UserErrorValue[] {
  return [
    ...(fields.userName.trim() ? [] : [userError('BAD_USER_INPUT', ['input', 'userName'], 'userName is required.')]),
    ...(['userName', 'email', 'externalId', 'givenName', 'familyName', 'displayName', 'title'] as const).flatMap((field) => tooLong(field, fields[field])),
  ];
}

export function checkScimGroupFields(fields: ScimGroupFields): UserErrorValue[] {
  const badMember = fields.memberIds.find((id) => !isUuid(id));
  return [
    ...(fields.displayName.trim() ? [] : [userError('BAD_USER_INPUT', ['input', 'displayName'], 'displayName is required.')]),
    ...tooLong('displayName', fields.displayName),
    ...tooLong('externalId', fields.externalId),
    ...(badMember !== undefined ? [userError('BAD_USER_INPUT', ['input', 'members'], `${JSON.stringify(badMember)} is not a user of this organization.`)] : []),
  ];
}
