import { consumerDomainOf, missingRecordMessage, newDomainToken, normaliseDomain, recordsProveClaim, txtRecordNames, txtRecordValue } from './domain-claim.js';

const ok = (input: string) => {
  const result = normaliseDomain(input);
  if (!result.ok) throw new Error(`${input}: ${result.message}`);
  return result.domain;
};

describe('normaliseDomain', () => {
  it('lowercases, trims and drops one trailing dot', () => {
    expect(ok('  Example.COM ')).toBe('example.com');
    expect(ok('sub.example.co.uk.')).toBe('sub.example.co.uk');
    expect(ok('a-b.example')).toBe('a-b.example');
  });

  it('turns an IDN into punycode, and keeps punycode as it is', () => {
    expect(ok('bücher.example')).toBe('xn--bcher-kva.example');
    expect(ok('BÜCHER.Example')).toBe('xn--bcher-kva.example');
    expect(ok('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
    expect(ok('例え.テスト')).toBe('xn--r8jz45g.xn--zckzah');
  });

  it.each([
    ['empty', ''],
    ['a URL', 'https://example.com'],
    ['a path', 'example.com/about'],
    ['a port', 'example.com:443'],
    ['an email address', 'ada@example.com'],
    ['a wildcard', '*.example.com'],
    ['one label', 'localhost'],
    ['an empty label', 'example..com'],
    ['a leading dot', '.example.com'],
    ['a leading hyphen', '-example.com'],
    ['a trailing hyphen', 'example-.com'],
    ['an underscore', 'ex_ample.com'],
    ['spaces', 'ex ample.com'],
    ['a label of 64 characters', `${'a'.repeat(64)}.com`],
    ['more than 253 characters', `${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.com`],
    ['an IPv4 address', '192.168.1.10'],
    ['an IPv6 address', '[::1]'],
    ['broken punycode', 'xn--zz.com'],
  ])('refuses %s', (_label, input) => {
    expect(normaliseDomain(input).ok).toBe(false);
  });

  it('accepts a label of 63 characters and a name of 253', () => {
    expect(ok(`${'a'.repeat(63)}.com`)).toHaveLength(67);
    const long = `${Array.from({ length: 3 }, () => 'a'.repeat(63)).join('.')}.${'b'.repeat(61)}`;
    expect(long).toHaveLength(253);
    expect(ok(long)).toBe(long);
  });
});

describe('consumer domains', () => {
  it('refuses the providers and every name under them, not look-alikes', () => {
    expect(consumerDomainOf('gmail.com')).toBe('gmail.com');
    expect(consumerDomainOf('mail.gmail.com')).toBe('gmail.com');
    expect(consumerDomainOf('yahoo.co.in')).toBe('yahoo.co.in');
    expect(consumerDomainOf('163.com')).toBe('163.com');
    expect(consumerDomainOf('notgmail.com')).toBeNull();
    expect(consumerDomainOf('gmail.com.example')).toBeNull();
    expect(consumerDomainOf('example.com')).toBeNull();
  });
});

describe('the TXT record', () => {
  it('is guildhall-verification=<24 random bytes, base64url>, at the domain or _guildhall.<domain>', () => {
    const token = newDomainToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newDomainToken()).not.toBe(token);
    expect(txtRecordValue(token)).toBe(`guildhall-verification=${token}`);
    expect(txtRecordNames('example.com')).toEqual(['example.com', '_guildhall.example.com']);
    expect(missingRecordMessage('example.com', token)).toContain(`guildhall-verification=${token}`);
  });

  it('proves the claim only with the exact value, its chunks joined', () => {
    const token = 'abcDEF123_-abcDEF123_-abcDEF123_';
    expect(recordsProveClaim([], token)).toBe(false);
    expect(recordsProveClaim([['v=spf1 -all'], [`guildhall-verification=${token}`]], token)).toBe(true);
    expect(recordsProveClaim([['guildhall-verification=', token.slice(0, 10), token.slice(10)]], token)).toBe(true);
    expect(recordsProveClaim([[`guildhall-verification=${token.toLowerCase()}`]], token)).toBe(false);
    expect(recordsProveClaim([['guildhall-verification=someone-elses-token']], token)).toBe(false);
    expect(recordsProveClaim([[`guildhall-verification=${token}x`]], token)).toBe(false);
  });
});
