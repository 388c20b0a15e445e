import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, ROTATION_OVERLAP_MS, signingSecrets, signWebhook, webhookHeaders } from './webhook-signature.js';

describe('webhook signatures (Standard Webhooks)', () => {
  const body = JSON.stringify({ id: 'evt_1', type: 'member.added', createdAt: '2026-12-01T10:00:00.000Z', data: { organizationId: 'o1' } });

  it('makes whsec_ secrets of 32 random bytes', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it('signs exactly as the standardwebhooks library does, and it verifies', () => {
    const secret = generateWebhookSecret();
    const at = new Date();
    const headers = webhookHeaders({ id: 'evt_1', body, secrets: [secret], at });
    const reference = new Webhook(secret);
    expect(headers['webhook-signature']).toBe(reference.sign('evt_1', new Date(Math.floor(at.getTime() / 1000) * 1000), body));
    expect(reference.verify(body, { ...headers })).toEqual(JSON.parse(body));
  });

  it('is refused with another secret or a changed body', () => {
    const headers = webhookHeaders({ id: 'evt_1', body, secrets: [generateWebhookSecret()], at: new Date() });
    expect(() => new Webhook(generateWebhookSecret()).verify(body, { ...headers })).toThrow('No matching signature');
    expect(() => new Webhook(generateWebhookSecret()).verify(`${body} `, { ...headers })).toThrow();
  });

  it('signs with both secrets during a rotation, and either verifies', () => {
    const [next, previous] = [generateWebhookSecret(), generateWebhookSecret()];
    const headers = webhookHeaders({ id: 'evt_2', body, secrets: [next, previous], at: new Date() });
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(new Webhook(next).verify(body, { ...headers })).toBeTruthy();
    expect(new Webhook(previous).verify(body, { ...headers })).toBeTruthy();
  });

  it('keeps the previous secret for 24 hours only', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const previous = { secret: 'whsec_b2xk', expiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS) };
    expect(signingSecrets('whsec_bmV3', previous, now)).toEqual(['whsec_bmV3', 'whsec_b2xk']);
    expect(signingSecrets('whsec_bmV3', previous, new Date(previous.expiresAt.getTime()))).toEqual(['whsec_bmV3']);
    expect(signingSecrets('whsec_bmV3', null, now)).toEqual(['whsec_bmV3']);
    expect(ROTATION_OVERLAP_MS).toBe(86_400_000);
  });

  it('signs `${id}.${timestamp}.${body}` with the secret bytes', () => {
    // the example of the Standard Webhooks specification
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const payload = '{"test": 2432232314}';
    expect(signWebhook(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, payload)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });
});
