import type { SubgraphContext } from '@guildhall/kernel';

export type BillingDeps = Pick<SubgraphContext, 'em' | 'principal' | 'origin' | 'services'>;
