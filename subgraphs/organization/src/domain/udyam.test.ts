import { normaliseUdyam, validateUdyam } from './udyam.js';

const field = ['input', 'udyamNumber'];

describe('Udyam registration numbers', () => {
  it('normalises by trimming and uppercasing', () => {
    expect(normaliseUdyam(' udyam-mh-26-0012345 ')).toBe('UDYAM-MH-26-0012345');
    expect(normaliseUdyam(null)).toBe('');
  });

  it('accepts UDYAM, two state letters, two digits and seven digits', () => {
    expect(validateUdyam('UDYAM-MH-26-0012345', field)).toEqual([]);
    expect(validateUdyam('UDYAM-KR-03-0000001', field)).toEqual([]);
    expect(validateUdyam(' udyam-dl-08-1234567', field)).toEqual([]);
  });

  it('asks for the number when it is missing', () => {
    for (const missing of ['', ' ', null, undefined]) {
      expect(validateUdyam(missing, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: 'Enter the Udyam registration number.' }]);
    }
  });

  it('refuses anything else, naming the expected shape', () => {
    for (const bad of [
      'UDYAM-MH-26-001234', // six-digit serial
      'UDYAM-MH-26-00123456', // eight-digit serial
      'UDYAM-M1-26-0012345', // digit in the state letters
      'UDYAM-MH-2-0012345', // one-digit district
      'UDYAMMH260012345', // no hyphens
      'UDYOG-MH-26-0012345', // the old Udyog Aadhaar prefix
      'UAM-MH-26-0012345',
      'UDYAM-MH 26-0012345',
    ]) {
      expect(validateUdyam(bad, field)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field, message: expect.stringContaining('UDYAM-MH-26-0012345') })]);
    }
  });
});
