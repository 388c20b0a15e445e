import { randomUUID } from 'node:crypto';
import { recordEvent, type Consumer } from '@guildhall/kernel';
import { AUDITED_EVENTS, auditedEventTypes } from '../domain/audit-catalog.js';
import { changesOf } from '../domain/audit-changes.js';
import { redact } from '../domain/redaction.js';
import { AuditEntryRecord } from '../entities/audit-entry.entity.js';

/**
 * Writes one audit entry per audited event, and announces it (the live activity feed listens).
 * The actor is the event's as recorded (user, apiKey, scim, service or system: distinct kinds), the
 * IP and user agent those the gateway saw. Payloads carry no personal data by contract; the metadata
 * and the before/after diff pass through the redaction rule all the same (domain/redaction.ts).
 */
export const recordAuditEntryWhenEventOccurs: Consumer = {
  name: 'compliance.record-audit-entry-when-event-occurs',
  on: auditedEventTypes,
  async handle(em, event) {
    const mapping = AUDITED_EVENTS[event.type];
    if (!mapping) return;
    const entry = em.create(AuditEntryRecord, {
      id: randomUUID(),
      organizationId: event.organizationId,
      category: mapping.category,
      action: mapping.action,
      actorKind: event.actor.kind,
      actorId: event.actor.id,
      targetType: mapping.targetType,
      targetId: event.aggregateId,
      eventId: event.id,
      eventType: event.type,
      ip: event.origin?.ip ?? null,
      userAgent: event.origin?.userAgent ?? null,
      metadata: redact(event.payload),
      changes: changesOf(event.payload),
      occurredAt: new Date(event.occurredAt),
    });
    em.persist(entry);
    recordEvent(em, { principal: { kind: 'service', service: 'compliance' }, origin: null }, {
      type: 'compliance.audit-entry.recorded',
      organizationId: event.organizationId,
      aggregateId: entry.id,
      payload: { auditEntryId: entry.id, organizationId: event.organizationId, action: entry.action, category: entry.category },
    });
    await em.flush();
  },
};
