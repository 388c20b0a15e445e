import { rolesWith, type Capability } from '@guildhall/roles';
import { humanize } from '../../lib/format';

/** "owners and billing admins": the roles holding a capability, in words, from the server's own matrix. */
export function rolesInWords(capability: Capability): string {
  const names = rolesWith(capability).map((role) => `${humanize(role).toLowerCase()}s`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? 'nobody');
}

/** Why a control is read-only, for its hint. */
export const onlyRolesMay = (capability: Capability, what: string) => {
  const words = rolesInWords(capability);
  return `Only ${words} can ${what}.`;
};
