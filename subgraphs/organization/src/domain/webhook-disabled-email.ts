/** The e-mail an org's OWNERs get when one of its webhook endpoints was disabled. Pure. */
export interface WebhookDisabledEmailFacts {
  organizationName: string;
  endpointId: string;
  /** The dashboard's base URL, without a trailing slash. */
  webUrl: string;
}

/** A header value must stay on one line, whatever the org's name holds. */
const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, ' ').trim();

export function webhookDisabledEmail(facts: WebhookDisabledEmailFacts): { subject: string; text: string } {
  const organization = oneLine(facts.organizationName);
  return {
    subject: `A webhook endpoint of ${organization} was disabled`,
    text: [
      `Guildhall stopped sending webhooks to one of ${organization}'s endpoints (id ${facts.endpointId}): its deliveries kept failing`,
      '(every delivery failed for 3 days, or it refused 25 deliveries in a row).',
      '',
      'Deliveries that were waiting are kept as failed. Once the receiver works again, resume the endpoint and redeliver them:',
      `${facts.webUrl.replace(/\/+$/, '')}/settings/webhooks`,
      '',
      'The delivery log there shows each attempt with its HTTP status and error.',
    ].join('\n'),
  };
}
