import type { EntityManager } from '@mikro-orm/postgresql';
import { selectRows } from '@guildhall/kernel';
import type { MsmeStatus } from '../domain/msme.js';
import type { Payee } from '../domain/payee.js';
import type { TaxProfile, TdsSection } from '../domain/tds.js';
import { DEFAULT_PAYEE_TAX_PROFILE, type PayeeTaxProfileValues } from './tax-profile-rules.js';

const PROFILE = '"payouts"."payee_profile"';

export interface StoredTaxProfile extends PayeeTaxProfileValues {
  payee: Payee;
  /** False when nothing was ever set: the defaults apply. */
  stored: boolean;
  updatedBy: string | null;
  updatedAt: Date | null;
}

interface ProfileRow {
  payeeKind: Payee['kind'];
  payeeId: string;
  tdsSection: TdsSection;
  panOnFile: boolean;
  treatyRateBps: number | null;
  residencyCountry: string;
  purposeCode: string | null;
  msmeStatus: MsmeStatus;
  msmeWrittenAgreement: boolean;
  updatedBy: string;
  updatedAt: Date;
}

const COLUMNS = 'payee_kind, payee_id, tds_section, pan_on_file, treaty_rate_bps, residency_country, purpose_code, msme_status, msme_written_agreement, updated_by, updated_at';

const toProfile = (r: ProfileRow): StoredTaxProfile => ({
  payee: { kind: r.payeeKind, id: r.payeeId },
  section: r.tdsSection,
  panOnFile: r.panOnFile,
  treatyRateBps: r.treatyRateBps === null ? null : Number(r.treatyRateBps),
  residencyCountry: r.residencyCountry.trim(),
  purposeCode: r.purposeCode,
  msmeStatus: r.msmeStatus,
  msmeWrittenAgreement: r.msmeWrittenAgreement,
  stored: true,
  updatedBy: r.updatedBy,
  updatedAt: r.updatedAt,
});

const defaultsFor = (payee: Payee): StoredTaxProfile => ({ ...DEFAULT_PAYEE_TAX_PROFILE, payee, stored: false, updatedBy: null, updatedAt: null });

/** The payee's profile, or the defaults (194O, no PAN, resident, not an MSME) when none was set. */
export async function findTaxProfile(em: EntityManager, payee: Payee): Promise<StoredTaxProfile> {
  const [row] = await selectRows<ProfileRow>(em, `select ${COLUMNS} from ${PROFILE} where payee_kind = ? and payee_id = ?`, [payee.kind, payee.id]);
  return row ? toProfile(row) : defaultsFor(payee);
}

/**
 * What the payout batch needs to withhold TDS and remit: the tax profile of a payee (defaults when
 * none was set) with its purpose code and MSME standing. Reads inside the caller's transaction.
 */
export async function taxProfileOf(
  em: EntityManager,
  payee: Payee,
): Promise<TaxProfile & { purposeCode: string | null; msmeStatus: MsmeStatus; msmeWrittenAgreement: boolean; residencyCountry: string }> {
  const p = await findTaxProfile(em, payee);
  return {
    section: p.section,
    panOnFile: p.panOnFile,
    treatyRateBps: p.treatyRateBps,
    purposeCode: p.purposeCode,
    msmeStatus: p.msmeStatus,
    msmeWrittenAgreement: p.msmeWrittenAgreement,
    residencyCountry: p.residencyCountry,
  };
}

/** Inserts or replaces the payee's profile inside the caller's transaction. */
export async function saveTaxProfile(em: EntityManager, payee: Payee, p: PayeeTaxProfileValues, updatedBy: string): Promise<StoredTaxProfile> {
  const [row] = await selectRows<ProfileRow>(
    em,
    `insert into ${PROFILE} (payee_kind, payee_id, tds_section, pan_on_file, treaty_rate_bps, residency_country, purpose_code, msme_status, msme_written_agreement, updated_by, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
     on conflict (payee_kind, payee_id) do update set tds_section = excluded.tds_section, pan_on_file = excluded.pan_on_file, treaty_rate_bps = excluded.treaty_rate_bps,
       residency_country = excluded.residency_country, purpose_code = excluded.purpose_code, msme_status = excluded.msme_status,
       msme_written_agreement = excluded.msme_written_agreement, updated_by = excluded.updated_by, updated_at = now()
     returning ${COLUMNS}`,
    [payee.kind, payee.id, p.section, p.panOnFile, p.treatyRateBps, p.residencyCountry, p.purposeCode, p.msmeStatus, p.msmeWrittenAgreement, updatedBy],
  );
  return toProfile(row!);
}

/** Serializes changes to one payee's profile (the first one has no row to lock yet). */
export async function lockPayeeProfile(em: EntityManager, payee: Payee): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [`payouts.payee_profile:${payee.kind}:${payee.id}`]);
}
