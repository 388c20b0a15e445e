/**
 * DPDP §11: an org's data, from every context, in one versioned bundle. PENDING while the contexts
 * write their sections, READY with a link valid 7 days, then EXPIRED (the file is deleted); FAILED
 * when a section never came.
 */
export const DATA_EXPORT_STATUSES = ['PENDING', 'READY', 'FAILED', 'EXPIRED'] as const;
export type DataExportStatus = (typeof DATA_EXPORT_STATUSES)[number];

/** The bundle's format: a reader checks it before reading the sections. */
export const DATA_EXPORT_SCHEMA_VERSION = 1;
/** Each context's section, in the order of the bundle; `audit` is compliance's own. */
export const DATA_EXPORT_SECTIONS = ['organization', 'billing', 'payouts', 'audit'] as const;
export type DataExportSection = (typeof DATA_EXPORT_SECTIONS)[number];

/** At most one export per org per day: building one reads everything the org has. */
export const EXPORT_COOLDOWN_MS = 24 * 3_600_000;
export const EXPORT_LINK_TTL_MS = 7 * 24 * 3_600_000;
/** A section that has not come within this long will not come: the export fails and can be asked again. */
export const EXPORT_DEADLINE_MS = 60 * 60_000;

/** When the org may ask again, or null when it may now. */
export function nextExportAllowedAt(lastRequestedAt: Date | null, lastStatus: DataExportStatus | null, now: Date): Date | null {
  if (!lastRequestedAt || lastStatus === 'FAILED') return null;
  const next = new Date(lastRequestedAt.getTime() + EXPORT_COOLDOWN_MS);
  return next > now ? next : null;
}
