import type { EntityManager } from '@mikro-orm/postgresql';
import { placeholders, selectRows } from '@guildhall/kernel';
import { localDatePlusDays } from '../domain/billing-period.js';
import { billingProfileOf } from '../invoices/billing-profile.js';
import type { ContractSide, ContractStatus, ContractTerms, ContractVersionStatus } from '../domain/contract.js';

export interface ContractRow {
  id: string;
  sponsorOrganizationId: string;
  hostOrganizationId: string;
  title: string;
  status: ContractStatus;
  acceptedVersion: number | null;
  terminatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ContractVersionRow {
  contractId: string;
  version: number;
  status: ContractVersionStatus;
  proposedBySide: ContractSide;
  proposedBy: string;
  terms: ContractTerms;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
  createdAt: Date;
}

/** A contract with all its versions, newest first, and the sponsor's calendar date (contracts are in force by its days). */
export interface ContractRecord {
  contract: ContractRow;
  versions: ContractVersionRow[];
  sponsorToday: string;
}

export const CONTRACT = '"billing"."contract"';
export const CONTRACT_VERSION = '"billing"."contract_version"';
export const CONTRACT_COLUMNS = 'id, sponsor_organization_id, host_organization_id, title, status, accepted_version, terminated_at, created_at, updated_at';
const VERSION_COLUMNS = 'contract_id, version, status, proposed_by_side, proposed_by, terms, decided_by, decided_at, reason, created_at';

/** The side an org is on; the caller has made sure it is a party. */
export const sideOf = (contract: Pick<ContractRow, 'sponsorOrganizationId'>, organizationId: string): ContractSide =>
  contract.sponsorOrganizationId === organizationId ? 'SPONSOR' : 'HOST';

export const selectContracts = (em: EntityManager, where: string, params: unknown[]) => selectRows<ContractRow>(em, `select ${CONTRACT_COLUMNS} from ${CONTRACT} where ${where}`, params);

/** A contract the org is a party to, or null: anyone else's is as unknown as a missing one. */
export async function findContractOf(em: EntityManager, organizationId: string, contractId: string, lock = false): Promise<ContractRow | null> {
  const [row] = await selectContracts(em, `id = ? and ? in (sponsor_organization_id, host_organization_id)${lock ? ' for update' : ''}`, [contractId, organizationId]);
  return row ?? null;
}

/** The pair's live (non-TERMINATED) contract: there is at most one. */
export async function liveContractBetween(em: EntityManager, sponsorOrganizationId: string, hostOrganizationId: string): Promise<ContractRow | null> {
  const [row] = await selectContracts(em, `sponsor_organization_id = ? and host_organization_id = ? and status <> 'TERMINATED'`, [sponsorOrganizationId, hostOrganizationId]);
  return row ?? null;
}

export async function versionsOf(em: EntityManager, contractIds: readonly string[]): Promise<Map<string, ContractVersionRow[]>> {
  const byContract = new Map<string, ContractVersionRow[]>(contractIds.map((id) => [id, []]));
  if (!contractIds.length) return byContract;
  const rows = await selectRows<ContractVersionRow>(
    em,
    `select ${VERSION_COLUMNS} from ${CONTRACT_VERSION} where contract_id in ${placeholders(contractIds)} order by contract_id, version desc`,
    contractIds,
  );
  for (const row of rows) byContract.get(row.contractId)?.push(row);
  return byContract;
}

export async function findVersion(em: EntityManager, contractId: string, version: number): Promise<ContractVersionRow | null> {
  const [row] = await selectRows<ContractVersionRow>(em, `select ${VERSION_COLUMNS} from ${CONTRACT_VERSION} where contract_id = ? and version = ?`, [contractId, version]);
  return row ?? null;
}

export async function openProposalOf(em: EntityManager, contractId: string): Promise<ContractVersionRow | null> {
  const [row] = await selectRows<ContractVersionRow>(em, `select ${VERSION_COLUMNS} from ${CONTRACT_VERSION} where contract_id = ? and status = 'PROPOSED'`, [contractId]);
  return row ?? null;
}

export async function withVersions(em: EntityManager, contracts: ContractRow[]): Promise<ContractRecord[]> {
  const versions = await versionsOf(
    em,
    contracts.map((c) => c.id),
  );
  // checkout decides "in force" on the sponsor's local date; the view says the same
  const now = new Date();
  const today = new Map<string, string>();
  for (const sponsor of new Set(contracts.map((c) => c.sponsorOrganizationId))) {
    today.set(sponsor, localDatePlusDays(now, (await billingProfileOf(em, sponsor)).timezone, 0));
  }
  return contracts.map((contract) => ({ contract, versions: versions.get(contract.id) ?? [], sponsorToday: today.get(contract.sponsorOrganizationId)! }));
}

/** The contracts an org is a party to, newest first; `status` narrows them. */
export function listContractsOf(em: EntityManager, organizationId: string, status: ContractStatus | null): Promise<ContractRow[]> {
  const party = `? in (sponsor_organization_id, host_organization_id)`;
  return status
    ? selectContracts(em, `${party} and status = ? order by created_at desc, id`, [organizationId, status])
    : selectContracts(em, `${party} order by created_at desc, id`, [organizationId]);
}
