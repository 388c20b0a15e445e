import { maskPan, normalisePan, panHolderTypeOf, PAN_HOLDER_TYPES, validatePan } from './pan.js';

const field = ['input', 'pan'];

describe('PAN', () => {
  it('normalises by trimming and uppercasing', () => {
    expect(normalisePan('  abcpe1234f ')).toBe('ABCPE1234F');
    expect(normalisePan(null)).toBe('');
  });

  it('accepts a well-formed PAN, also before normalising', () => {
    expect(validatePan('AAPFU0939F', field)).toEqual([]); // the PAN inside GSTIN 27AAPFU0939F1ZV
    expect(validatePan('AAGCB7383J', field)).toEqual([]);
    expect(validatePan(' abcpe1234f ', field)).toEqual([]);
  });

  it('asks for a PAN when it is missing', () => {
    for (const missing of ['', '   ', null, undefined]) {
      expect(validatePan(missing, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: 'Enter the PAN.' }]);
    }
  });

  it('refuses the wrong shape: five letters, four digits, a letter', () => {
    for (const bad of ['ABCPE1234', 'ABCPE12345', 'ABCP11234F', 'ABCPE123AF', 'ABCPE12341', 'ABCPE 1234F']) {
      expect(validatePan(bad, field)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field, message: expect.stringContaining('10 characters') })]);
    }
  });

  it('refuses a 4th character that is not a holder type', () => {
    expect(validatePan('ABCXE1234F', field)).toEqual([expect.objectContaining({ field, message: expect.stringContaining('holder type') })]);
    for (const type of Object.keys(PAN_HOLDER_TYPES)) expect(validatePan(`ABC${type}E1234F`, field)).toEqual([]);
    expect(Object.keys(PAN_HOLDER_TYPES).sort().join('')).toBe('ABCFGHJLPT');
  });

  it('reads the holder type of a valid PAN only', () => {
    expect(panHolderTypeOf('AAPFU0939F')).toBe('F');
    expect(panHolderTypeOf('aagcb7383j')).toBe('C');
    expect(panHolderTypeOf('ABCXE1234F')).toBeNull();
  });

  it('masks all but the last four characters with X', () => {
    expect(maskPan('ABCPE1234F')).toBe('XXXXXX234F');
    expect(maskPan(' aapfu0939f')).toBe('XXXXXX939F');
  });

  it('masks anything that is not a valid PAN whole', () => {
    expect(maskPan('ABC')).toBe('XXXXXXXXXX');
    expect(maskPan('ABCXE1234F')).toBe('XXXXXXXXXX');
    expect(maskPan(undefined)).toBe('XXXXXXXXXX');
  });
});
