import { escapeHtml, invitationEmail } from './invitation-email.js';

const facts = {
  organizationName: 'Acme <Learning> & "Co"',
  inviter: { name: null, email: 'ada@example.test' },
  role: 'BILLING_ADMIN' as const,
  token: 'ghi_abc-DEF_123',
  webUrl: 'http://dashboard.test',
  expiresAt: new Date('2026-12-15T10:30:00.000Z'),
};

describe('the invitation email', () => {
  it('names the org, the inviter, the role, the accept link and the expiry', () => {
    const mail = invitationEmail(facts);
    expect(mail.subject).toBe('ada@example.test invited you to join Acme <Learning> & "Co" on Guildhall');
    expect(mail.text).toContain('Acme <Learning> & "Co"');
    expect(mail.text).toContain('as Billing admin');
    expect(mail.text).toContain('http://dashboard.test/invitations/accept?token=ghi_abc-DEF_123');
    expect(mail.text).toContain('15 December 2026');
    expect(mail.html).toContain('href="http://dashboard.test/invitations/accept?token=ghi_abc-DEF_123"');
  });

  it('escapes every interpolated value in the html', () => {
    const mail = invitationEmail({ ...facts, inviter: { name: '<script>alert(1)</script>', email: "o'brien@example.test" } });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<Learning>');
    expect(mail.html).toContain('Acme &lt;Learning&gt; &amp; &quot;Co&quot;');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (o&#39;brien@example.test)');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('keeps the subject on one line whatever the names hold', () => {
    expect(invitationEmail({ ...facts, organizationName: 'Acme\r\nBcc: x@evil.test' }).subject).not.toMatch(/[\r\n]/);
  });
});
