import { billing } from '@guildhall/billing';
import { compliance } from '@guildhall/compliance';
import { identity } from '@guildhall/identity';
import { organization } from '@guildhall/organization';
import { payouts } from '@guildhall/payouts';
import type { SubgraphModule } from '@guildhall/kernel';

/** The five bounded contexts, in the order they start. */
export const SUBGRAPHS: readonly SubgraphModule[] = [identity, organization, billing, payouts, compliance] as SubgraphModule[];
export type SubgraphName = 'identity' | 'organization' | 'billing' | 'payouts' | 'compliance';
