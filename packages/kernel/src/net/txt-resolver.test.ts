import { dnsServersField, parseDnsServers } from './txt-resolver.js';

describe('DNS_SERVERS', () => {
  it('is optional: unset or blank means the system resolvers', () => {
    expect(parseDnsServers(undefined)).toBeNull();
    expect(parseDnsServers('  ')).toBeNull();
    expect(dnsServersField.safeParse(undefined).success).toBe(true);
  });

  it('takes comma-separated IPs, each with an optional port', () => {
    expect(parseDnsServers('127.0.0.1:5353, 1.1.1.1,[::1]:53,::1')).toEqual(['127.0.0.1:5353', '1.1.1.1', '[::1]:53', '::1']);
  });

  it.each(['dns.example:53', '127.0.0.1:0', '127.0.0.1:70000', '[127.0.0.1]:53', '127.0.0.1:', 'udp://1.1.1.1'])('refuses %s', (value) => {
    expect(parseDnsServers(value)).toBeUndefined();
    expect(dnsServersField.safeParse(value).success).toBe(false);
  });
});
