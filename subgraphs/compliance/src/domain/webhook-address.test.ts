import { blockedRangeOf, checkWebhookUrl, firstBlockedAddress, parseIPv6 } from './webhook-address.js';

describe('webhook address rules', () => {
  it.each([
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['192.0.2.10', 'documentation'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['0:0:0:0:0:ffff:192.168.0.1', 'private'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:a00:1::', 'private'],
    ['::127.0.0.1', 'reserved'], // IPv4-compatible: deprecated, refused whatever it embeds
    ['[::1]', 'loopback'],
  ])('refuses %s as %s', (ip, range) => {
    expect(blockedRangeOf(ip)).toBe(range);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '100.128.0.1', '169.255.0.1', '11.0.0.1', '2606:4700:4700::1111', '2a00:1450:4001:82b::200e', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::'])('lets public %s through', (ip) => {
    expect(blockedRangeOf(ip)).toBeNull();
  });

  it('treats what is not an IP as reserved', () => {
    expect(blockedRangeOf('not-an-ip')).toBe('reserved');
    expect(blockedRangeOf('1:2:3')).toBe('reserved');
    expect(blockedRangeOf('01.2.3.4')).toBe('reserved');
  });

  it('parses IPv6 forms to the same bytes', () => {
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual(parseIPv6('0:0:0:0:0:ffff:102:304'));
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8]);
    expect(parseIPv6('1::2::3')).toBeNull();
    expect(parseIPv6('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(parseIPv6('1:2:3:4:5:6:7::8')).toBeNull();
  });

  it('names the first blocked address of a host that resolves to several', () => {
    expect(firstBlockedAddress(['8.8.8.8', '2606:4700:4700::1111'])).toBeNull();
    expect(firstBlockedAddress(['8.8.8.8', '::ffff:10.0.0.1'])).toEqual({ address: '::ffff:10.0.0.1', range: 'private' });
  });

  describe('URLs', () => {
    it('accepts an https URL with a name, and drops the fragment', () => {
      expect(checkWebhookUrl(' https://hooks.example.com/in?x=1#frag ', [])).toEqual({ ok: true, href: 'https://hooks.example.com/in?x=1', host: 'hooks.example.com', allowListed: false, ipLiteral: false });
    });

    it.each([
      ['http://hooks.example.com/x', 'must use https'],
      ['ftp://hooks.example.com/x', 'must use https'],
      ['not a url', 'not a valid URL'],
      ['', 'Give the URL'],
      ['https://user:pw@hooks.example.com/x', 'user name or password'],
      ['https://10.0.0.1/x', 'private address'],
      ['https://127.0.0.1/x', 'loopback'],
      ['https://[::1]/x', 'loopback'],
      ['https://[::ffff:a00:1]/x', 'private'],
      ['https://0x7f.1/x', 'loopback'],
      ['https://2130706433/x', 'loopback'],
      ['https://169.254.169.254/latest/meta-data', 'link-local'],
      [`https://example.com/${'a'.repeat(2100)}`, 'at most'],
    ])('refuses %s', (url, message) => {
      const check = checkWebhookUrl(url, []);
      expect(check.ok).toBe(false);
      expect(!check.ok && check.message).toContain(message);
    });

    it('lets allow-listed development hosts use http and loopback addresses', () => {
      expect(checkWebhookUrl('http://127.0.0.1:8080/hook', ['127.0.0.1'])).toMatchObject({ ok: true, allowListed: true, ipLiteral: true, host: '127.0.0.1' });
      expect(checkWebhookUrl('http://LOCALHOST:8080/hook', ['localhost'])).toMatchObject({ ok: true, allowListed: true, host: 'localhost' });
      expect(checkWebhookUrl('http://localhost:8080/hook', ['127.0.0.1']).ok).toBe(false);
      expect(checkWebhookUrl('https://[::1]:8080/hook', ['::1'])).toMatchObject({ ok: true, allowListed: true });
    });
  });
});
