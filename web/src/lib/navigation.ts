import { can, canReadAnyAudit, type Capability, type Membership } from '@guildhall/roles';

export interface DashboardFeatures {
  payouts: boolean;
}

export interface NavItem {
  href: string;
  label: string;
  /** Shown only when this holds for the caller's membership in the current org. */
  visible: (membership: Membership | undefined, features: DashboardFeatures) => boolean;
}

const when = (capability: Capability) => (membership: Membership | undefined) => can(membership, capability);

/**
 * The org pages and who sees them: the server's own capability predicates from @guildhall/roles,
 * so the navigation never offers what the graph would refuse.
 */
export const ORG_NAV: readonly NavItem[] = [
  { href: '/', label: 'Home', visible: when('organization.read') },
  { href: '/members', label: 'Members', visible: when('members.read') },
  { href: '/invitations', label: 'Invitations', visible: when('invitations.manage') },
  { href: '/billing', label: 'Billing', visible: when('billing.read') },
  // every member reads their own entitlement; operators manage (the page shows each part to its roles)
  { href: '/programs', label: 'Programs', visible: when('organization.read') },
  { href: '/payouts', label: 'Payouts', visible: (m, features) => features.payouts && can(m, 'payouts.read') },
  { href: '/settings', label: 'Settings', visible: (m) => can(m, 'organization.update') || can(m, 'webhooks.manage') || can(m, 'sso.read') },
  { href: '/audit', label: 'Audit log', visible: (m) => canReadAnyAudit(m) },
  { href: '/privacy', label: 'Privacy', visible: when('organization.read') },
  { href: '/purchase', label: 'Demo purchase', visible: when('organization.read') },
  // the person's own purchases, whichever org is chosen
  { href: '/purchases', label: 'My purchases', visible: when('organization.read') },
];

/** The personal context (no org): the person's own pages. */
export const PERSONAL_NAV: readonly NavItem[] = [
  { href: '/', label: 'Home', visible: () => true },
  { href: '/organizations/new', label: 'New organization', visible: () => true },
  { href: '/purchase', label: 'Demo purchase', visible: () => true },
  { href: '/purchases', label: 'My purchases', visible: () => true },
  { href: '/payouts', label: 'My payouts', visible: (_m, features) => features.payouts },
  { href: '/privacy', label: 'Privacy', visible: () => true },
];

/** Platform administrators' console, in either context (the graph checks the flag on every call). */
export const PLATFORM_NAV_ITEM = { href: '/platform', label: 'Platform' } as const;

export function navFor(membership: Membership | undefined, features: DashboardFeatures, personal: boolean, platformAdmin = false): NavItem[] {
  const items = (personal ? PERSONAL_NAV : ORG_NAV).filter((item) => item.visible(membership, features));
  return platformAdmin ? [...items, { ...PLATFORM_NAV_ITEM, visible: () => true }] : items;
}

/** Whether a page may render for this membership: the same predicate as its navigation entry. */
export function mayOpen(href: string, membership: Membership | undefined, features: DashboardFeatures, personal: boolean): boolean {
  const items = personal ? PERSONAL_NAV : ORG_NAV;
  const item = items.find((entry) => entry.href === href);
  return item ? item.visible(membership, features) : true;
}
