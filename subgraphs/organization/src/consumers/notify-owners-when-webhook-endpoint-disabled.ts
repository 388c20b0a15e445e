import { selectRows, type Consumer, type DomainEvent } from '@guildhall/kernel';
import { webhookDisabledEmail } from '../domain/webhook-disabled-email.js';

/**
 * Compliance disables a webhook endpoint that keeps failing; the org's ACTIVE OWNERs hear of it
 * here, where their e-mail addresses are (the user directory): no other context keeps them. A send
 * that fails fails the consumer, which is retried.
 */
export const notifyOwnersWhenWebhookEndpointDisabled: Consumer = {
  name: 'organization.notify-owners-when-webhook-endpoint-disabled',
  on: ['compliance.webhook-endpoint.changed'],
  async handle(em, event, services) {
    const { organizationId, endpointId, change } = (event as DomainEvent<'compliance.webhook-endpoint.changed'>).payload;
    if (change !== 'disabled') return;
    const owners = await selectRows<{ email: string; organizationName: string }>(
      em,
      `select d.email, o.name as organization_name from "organization"."membership" m
         join "organization"."organization" o on o.id = m.organization_id
         join "organization"."user_directory" d on d.user_id = m.user_id
        where m.organization_id = ? and m.role = 'OWNER' and m.status = 'ACTIVE' order by d.email`,
      [organizationId],
    );
    if (!owners.length) return;
    const mail = webhookDisabledEmail({ organizationName: owners[0]!.organizationName, endpointId, webUrl: services.webUrl });
    for (const owner of owners) await services.mailer.send({ to: owner.email, ...mail });
  },
};
