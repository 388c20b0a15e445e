import type { SubgraphContext } from '@guildhall/kernel';

/** What identity's use cases need: one EntityManager and the cause of the change. */
export type IdentityDeps = Pick<SubgraphContext, 'em' | 'principal' | 'origin'>;
