import type { Role } from '@guildhall/roles';

/** The invitation email, pure: every interpolated value is HTML-escaped in the html part. */
export interface InvitationEmailFacts {
  organizationName: string;
  inviter: { name: string | null; email: string };
  role: Role;
  /** The raw token: it exists only in memory and in this email. */
  token: string;
  /** The dashboard's base URL, without a trailing slash. */
  webUrl: string;
  expiresAt: Date;
}

export interface InvitationEmail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** A header value must stay on one line, whatever the org's name holds. */
const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, ' ').trim();

export const acceptLink = (webUrl: string, token: string) => `${webUrl.replace(/\/+$/, '')}/invitations/accept?token=${encodeURIComponent(token)}`;

export const roleLabel = (role: Role) => role.charAt(0) + role.slice(1).toLowerCase().replace(/_/g, ' ');

export const formatExpiry = (date: Date) =>
  `${new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' }).format(date)} UTC`;

export function invitationEmail(facts: InvitationEmailFacts): InvitationEmail {
  const organization = oneLine(facts.organizationName);
  const inviter = facts.inviter.name ? `${oneLine(facts.inviter.name)} (${facts.inviter.email})` : facts.inviter.email;
  const role = roleLabel(facts.role);
  const link = acceptLink(facts.webUrl, facts.token);
  const expires = formatExpiry(facts.expiresAt);
  const subject = `${facts.inviter.name ? oneLine(facts.inviter.name) : facts.inviter.email} invited you to join ${organization} on Guildhall`;
  const text = [
    `${inviter} invited you to join ${organization} on Guildhall as ${role}.`,
    '',
    'Accept the invitation:',
    link,
    '',
    `The invitation expires on ${expires}. Sign in (or sign up) with this email address to accept it.`,
    'If you did not expect it, ignore this email.',
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html>
<html><body style="font-family: sans-serif; line-height: 1.5">
<p>${e(inviter)} invited you to join <strong>${e(organization)}</strong> on Guildhall as <strong>${e(role)}</strong>.</p>
<p><a href="${e(link)}">Accept the invitation</a></p>
<p>Or open this link: ${e(link)}</p>
<p>The invitation expires on ${e(expires)}. Sign in (or sign up) with this email address to accept it.</p>
<p>If you did not expect it, ignore this email.</p>
</body></html>
`;
  return { subject, text, html };
}
