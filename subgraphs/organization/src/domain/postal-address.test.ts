import { validateAddress, type PostalAddress } from './postal-address.js';

const prefix = ['input', 'registeredAddress'];
const at = (name: string) => [...prefix, name];
const mumbai: PostalAddress = { line1: 'Nariman Bhavan, 227 Vinay K Shah Marg', line2: 'Nariman Point', city: 'Mumbai', stateCode: '27', postalCode: '400021', country: 'IN' };
const london: PostalAddress = { line1: '10 Downing Street', city: 'London', postalCode: 'SW1A 2AA', country: 'GB' };
const fieldsOf = (address: PostalAddress | null | undefined) => validateAddress(address, prefix).map((e) => e.field);

describe('postal addresses', () => {
  it('accepts a complete Indian address', () => {
    expect(validateAddress(mumbai, prefix)).toEqual([]);
    expect(validateAddress({ ...mumbai, line2: undefined }, prefix)).toEqual([]);
  });

  it('accepts a foreign address without a state code, with or without a postal code', () => {
    expect(validateAddress(london, prefix)).toEqual([]);
    expect(validateAddress({ line1: 'Sheikh Zayed Road', city: 'Dubai', country: 'AE' }, prefix)).toEqual([]);
  });

  it('asks for the address when there is none', () => {
    expect(validateAddress(null, prefix)).toEqual([{ code: 'BAD_USER_INPUT', field: prefix, message: 'Enter the address.' }]);
    expect(fieldsOf(undefined)).toEqual([prefix]);
  });

  it('requires the first line and the city, ignoring blanks', () => {
    expect(validateAddress({ ...mumbai, line1: '  ', city: '' }, prefix)).toEqual([
      { code: 'BAD_USER_INPUT', field: at('line1'), message: 'Enter the first line of the address.' },
      { code: 'BAD_USER_INPUT', field: at('city'), message: 'Enter the city.' },
    ]);
  });

  it('limits the length of lines and city', () => {
    expect(fieldsOf({ ...mumbai, line1: 'x'.repeat(201), line2: 'y'.repeat(201), city: 'z'.repeat(101) })).toEqual([at('line1'), at('line2'), at('city')]);
    expect(fieldsOf({ ...mumbai, line1: 'x'.repeat(200), line2: 'y'.repeat(200), city: 'z'.repeat(100) })).toEqual([]);
  });

  it('requires a valid country', () => {
    expect(fieldsOf({ ...london, country: '' })).toEqual([at('country')]);
    expect(fieldsOf({ ...london, country: 'UK' })).toEqual([at('country')]);
  });

  it('requires a current GST state code in India', () => {
    expect(validateAddress({ ...mumbai, stateCode: null }, prefix)).toEqual([{ code: 'BAD_USER_INPUT', field: at('stateCode'), message: 'Choose a state.' }]);
    expect(fieldsOf({ ...mumbai, stateCode: 'MH' })).toEqual([at('stateCode')]);
    expect(fieldsOf({ ...mumbai, stateCode: '25' })).toEqual([at('stateCode')]);
  });

  it('requires a 6-digit PIN not starting with 0 in India', () => {
    expect(validateAddress({ ...mumbai, postalCode: undefined }, prefix)).toEqual([{ code: 'BAD_USER_INPUT', field: at('postalCode'), message: 'Enter the PIN code.' }]);
    for (const bad of ['040002', '40002', '4000211', '400 021', 'ABCDEF']) {
      expect(validateAddress({ ...mumbai, postalCode: bad }, prefix)).toEqual([
        { code: 'BAD_USER_INPUT', field: at('postalCode'), message: 'A PIN code is 6 digits and does not start with 0, like 400001.' },
      ]);
    }
    expect(validateAddress({ ...mumbai, postalCode: '560001', stateCode: '29', city: 'Bengaluru' }, prefix)).toEqual([]);
  });

  it('refuses a GST state code on a foreign address', () => {
    expect(validateAddress({ ...london, stateCode: '27' }, prefix)).toEqual([
      { code: 'BAD_USER_INPUT', field: at('stateCode'), message: 'A GST state code applies only to addresses in India; leave it empty.' },
    ]);
  });

  it('refuses a foreign postal code with odd characters or too long', () => {
    expect(fieldsOf({ ...london, postalCode: 'SW1A#2AA' })).toEqual([at('postalCode')]);
    expect(fieldsOf({ ...london, postalCode: '1'.repeat(17) })).toEqual([at('postalCode')]);
    expect(fieldsOf({ ...london, country: 'US', postalCode: '94105-1234' })).toEqual([]);
  });

  it('returns every problem at once, each at its own field path', () => {
    expect(fieldsOf({ line1: '', city: '', stateCode: '00', postalCode: '0', country: 'IN' })).toEqual([at('line1'), at('city'), at('stateCode'), at('postalCode')]);
  });

  it('does not throw on values of the wrong type', () => {
    const junk = { line1: 42, line2: {}, city: null, stateCode: 27, postalCode: 400021, country: ['IN'] } as unknown as PostalAddress;
    expect(fieldsOf(junk)).toEqual([at('line1'), at('city'), at('country')]);
    expect(fieldsOf('Mumbai' as unknown as PostalAddress)).toEqual([prefix]);
  });
});
