import { checkDestination, maskDestination, maskStripeAccount } from './destination.js';

const path = ['input', 'destination'];

describe('checkDestination', () => {
  it('normalizes a bank account: IFSC upper-cased, spaces out of the number, the name trimmed', () => {
    expect(checkDestination({ bankAccount: { accountHolder: '  Asha   Rao ', ifsc: 'hdfc0001234', accountNumber: '5010 0012 3443 21' } }, path)).toEqual({
      ok: true,
      value: { accountHolder: 'Asha Rao', destination: { kind: 'BANK_ACCOUNT', accountHolder: 'Asha Rao', ifsc: 'HDFC0001234', accountNumber: '50100012344321' } },
    });
  });

  it('refuses bad IFSCs, numbers and names, each on its field', () => {
    const result = checkDestination({ bankAccount: { accountHolder: 'A', ifsc: 'HDFC1001234', accountNumber: '12345678' } }, path);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.field?.join('.'))).toEqual(['input.destination.bankAccount.accountHolder', 'input.destination.bankAccount.ifsc', 'input.destination.bankAccount.accountNumber']);
    for (const [ifsc, ok] of [['HDFC0001234', true], ['SBIN0ABC123', true], ['HDF00001234', false], ['HDFC000123', false], ['HDFC00012345', false], ['HDFC0_01234', false]] as const) {
      expect(checkDestination({ bankAccount: { accountHolder: 'Asha Rao', ifsc, accountNumber: '123456789' } }, path).ok).toBe(ok);
    }
    for (const [number, ok] of [['123456789', true], ['123456789012345678', true], ['1234567890123456789', false], ['12345678a', false]] as const) {
      expect(checkDestination({ bankAccount: { accountHolder: 'Asha Rao', ifsc: 'HDFC0001234', accountNumber: number } }, path).ok).toBe(ok);
    }
  });

  it('takes a VPA, lower-cased, and refuses a malformed one', () => {
    expect(checkDestination({ vpa: { accountHolder: 'Ravi Kumar', address: 'Ravi.K@OkAxis' } }, path)).toMatchObject({ ok: true, value: { destination: { kind: 'VPA', address: 'ravi.k@okaxis' } } });
    for (const address of ['ravi', 'ravi@', '@okaxis', 'ra vi@okaxis', 'r@okaxis', 'ravi@ok-axis']) {
      expect(checkDestination({ vpa: { accountHolder: 'Ravi Kumar', address } }, path).ok).toBe(false);
    }
  });

  it('wants exactly one destination', () => {
    expect(checkDestination(null, path)).toMatchObject({ ok: false, errors: [{ code: 'BAD_USER_INPUT', field: path }] });
    expect(checkDestination({ bankAccount: { accountHolder: 'Asha Rao', ifsc: 'HDFC0001234', accountNumber: '123456789' }, vpa: { accountHolder: 'Asha Rao', address: 'asha@okaxis' } }, path).ok).toBe(false);
  });
});

describe('masking', () => {
  it('shows the IFSC and last four digits, the start of a VPA, the end of a Stripe account id', () => {
    expect(maskDestination({ kind: 'BANK_ACCOUNT', accountHolder: 'Asha Rao', ifsc: 'HDFC0001234', accountNumber: '50100012344321' })).toBe('HDFC0001234 ••••4321');
    expect(maskDestination({ kind: 'VPA', address: 'ravi.k@okaxis' })).toBe('ra••@okaxis');
    expect(maskDestination({ kind: 'VPA', address: 'ab@upi' })).toBe('a••@upi');
    expect(maskStripeAccount('acct_1Nv0FGQ9RKHgCVdK')).toBe('Stripe account ••••CVdK');
  });
});
