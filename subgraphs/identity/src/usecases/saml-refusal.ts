import { SamlStatusError } from '@node-saml/passport-saml';

/**
 * A readable reason for a response node-saml refused. Its own messages stay in identity: they may quote
 * parts of the XML, and the browser only needs to know what to do next.
 */
const REASONS: [RegExp, string][] = [
  [/InResponseTo is missing/, 'The response answers no sign-in started here (IdP-initiated sign-in is not accepted); start again.'],
  [/InResponseTo/, 'This sign-in is unknown, expired or was already used; start again.'],
  [/signature/i, 'The response is not signed with this connection’s IdP certificate.'],
  [/expired|not yet valid|subject confirmation/i, 'The assertion is expired or not yet valid; start again.'],
  [/audience/i, 'The assertion is meant for another service provider (audience).'],
];

export function samlRefusalReason(error: unknown): string {
  if (error instanceof SamlStatusError) return 'The identity provider did not sign you in.';
  const message = error instanceof Error ? error.message : '';
  return REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'The identity provider’s answer could not be verified; start again.';
}
