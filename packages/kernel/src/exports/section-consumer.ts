import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from '../events/catalog.js';
import type { Consumer } from '../events/consumer.js';
import { recordEvent } from '../events/outbox.js';

type SectionContext = 'organization' | 'billing' | 'payouts';
const READY = { organization: 'organization.data-export.section-ready', billing: 'billing.data-export.section-ready', payouts: 'payouts.data-export.section-ready' } as const;

/** Named lists of rows: one context's part of an org's data export. */
export type ExportSection = Record<string, unknown[] | Record<string, unknown> | null>;

/**
 * How a context takes part in a data export: on `compliance.data-export.requested` it writes its
 * section of the org's data to the export store and says so; compliance joins the sections. A
 * redelivered request writes the same file again (the consumer runs once per event anyway).
 */
export function exportSectionConsumer(context: SectionContext, build: (em: EntityManager, organizationId: string) => Promise<ExportSection>): Consumer {
  return {
    name: `${context}.export-section`,
    on: ['compliance.data-export.requested'],
    async handle(em, raw, services) {
      const { organizationId, exportId } = (raw as DomainEvent<'compliance.data-export.requested'>).payload;
      const section = await build(em, organizationId);
      await services.exports.writeSection(exportId, context, section);
      const rows = Object.values(section).reduce((n, part) => n + (Array.isArray(part) ? part.length : part ? 1 : 0), 0);
      recordEvent(em, { principal: { kind: 'service', service: context }, origin: null }, {
        type: READY[context],
        organizationId,
        aggregateId: exportId,
        payload: { organizationId, exportId, section: context, rows },
      });
      await em.flush();
    },
  };
}
