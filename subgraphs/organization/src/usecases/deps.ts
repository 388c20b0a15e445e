import type { SubgraphContext } from '@guildhall/kernel';

export type OrganizationDeps = Pick<SubgraphContext, 'em' | 'principal' | 'origin'>;
