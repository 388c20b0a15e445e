import { isUuid, notFound, requireReader } from '@guildhall/kernel';
import type { ContractStatus } from '../domain/contract.js';
import type { BillingDeps } from '../usecases/deps.js';
import { findContractOf, listContractsOf, withVersions, type ContractRecord } from './contract-store.js';

type ReadDeps = Pick<BillingDeps, 'em' | 'principal'>;

/** The contracts the org is a party to (contracts.read), with their versions in one more query. */
export async function contractsOf(deps: ReadDeps, organizationId: string, status: ContractStatus | null): Promise<ContractRecord[]> {
  requireReader(deps.principal, organizationId, 'contracts.read');
  return withVersions(deps.em, await listContractsOf(deps.em, organizationId, status));
}

/** One contract the org is a party to; anyone else's is NOT_FOUND like a missing one. */
export async function contractOf(deps: ReadDeps, organizationId: string, contractId: string): Promise<ContractRecord> {
  requireReader(deps.principal, organizationId, 'contracts.read');
  const contract = isUuid(contractId) ? await findContractOf(deps.em, organizationId, contractId) : null;
  if (!contract) throw notFound('Contract');
  const [record] = await withVersions(deps.em, [contract]);
  return record!;
}
