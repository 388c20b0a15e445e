import { violationsOf, withoutQuery } from './csp-report-route.js';

describe('CSP reports', () => {
  it('reads report-uri reports and Reporting API batches alike, without query strings', () => {
    const legacy = {
      'csp-report': {
        'document-uri': 'https://app.guildhall.test/invite?token=secret#frag',
        'violated-directive': 'script-src-elem',
        'effective-directive': 'script-src-elem',
        'blocked-uri': 'https://evil.test/x.js?session=abc',
        disposition: 'report',
        'source-file': 'https://app.guildhall.test/app.js?v=1',
        'line-number': 12,
      },
    };
    expect(violationsOf(legacy)).toEqual([
      { directive: 'script-src-elem', blocked: 'https://evil.test/x.js', document: 'https://app.guildhall.test/invite', disposition: 'report', source: 'https://app.guildhall.test/app.js:12' },
    ]);
    const batch = [
      { type: 'csp-violation', url: 'https://app.guildhall.test/', body: { documentURL: 'https://app.guildhall.test/?t=1', effectiveDirective: 'style-src', blockedURL: 'inline', disposition: 'enforce' } },
      { type: 'deprecation', body: {} },
    ];
    expect(violationsOf(batch)).toEqual([{ directive: 'style-src', blocked: 'inline', document: 'https://app.guildhall.test/', disposition: 'enforce', source: null }]);
    expect(violationsOf({ nonsense: true })).toEqual([]);
  });

  it('keeps only the scheme of data and blob URLs', () => {
    expect(withoutQuery('data:text/html;base64,PHNjcmlwdD4=')).toBe('data');
    expect(withoutQuery('eval')).toBe('eval');
    expect(withoutQuery('/relative?token=x')).toBe('/relative');
  });
});
