import { GST_STATE_CODES, gstStateName, isGstStateCode, LEGACY_GST_STATE_CODES, validateStateCode } from './indian-states.js';

const field = ['input', 'stateCode'];

describe('GST state codes', () => {
  it('lists the 36 current states and union territories plus 97 and 99, in code order', () => {
    expect(GST_STATE_CODES.size).toBe(38);
    expect([...GST_STATE_CODES.keys()]).toEqual([...GST_STATE_CODES.keys()].sort());
    expect(GST_STATE_CODES.get('01')).toBe('Jammu and Kashmir');
    expect(GST_STATE_CODES.get('07')).toBe('Delhi');
    expect(GST_STATE_CODES.get('26')).toBe('Dadra and Nagar Haveli and Daman and Diu');
    expect(GST_STATE_CODES.get('27')).toBe('Maharashtra');
    expect(GST_STATE_CODES.get('29')).toBe('Karnataka');
    expect(GST_STATE_CODES.get('36')).toBe('Telangana');
    expect(GST_STATE_CODES.get('37')).toBe('Andhra Pradesh');
    expect(GST_STATE_CODES.get('38')).toBe('Ladakh');
    expect(GST_STATE_CODES.get('97')).toBe('Other Territory');
    expect(GST_STATE_CODES.get('99')).toBe('Centre Jurisdiction');
  });

  it('recognises current codes and nothing else', () => {
    expect(isGstStateCode('27')).toBe(true);
    expect(isGstStateCode('99')).toBe(true);
    for (const code of ['00', '25', '28', '39', '42', '98', '7', 27, null]) expect(isGstStateCode(code)).toBe(false);
    expect(gstStateName('33')).toBe('Tamil Nadu');
    expect(gstStateName('25')).toBeNull();
  });

  it('accepts a current two-digit code', () => {
    expect(validateStateCode('27', field)).toEqual([]);
    expect(validateStateCode('97', field)).toEqual([]);
  });

  it('asks for a state when the code is missing', () => {
    for (const missing of ['', null, undefined]) {
      expect(validateStateCode(missing, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: 'Choose a state.' }]);
    }
  });

  it('refuses codes that are not exactly two digits, without padding or trimming', () => {
    for (const bad of ['7', ' 27', '27 ', 'MH', '027']) {
      expect(validateStateCode(bad, field)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field, message: expect.stringContaining('two-digit') })]);
    }
  });

  it('refuses an unknown two-digit code', () => {
    expect(validateStateCode('42', field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: '42 is not a GST state code.' }]);
  });

  it('refuses legacy codes 25 and 28, saying what replaced them', () => {
    expect([...LEGACY_GST_STATE_CODES.keys()]).toEqual(['25', '28']);
    expect(validateStateCode('25', field)[0]?.message).toMatch(/25 is no longer in use.*merged into 26/);
    expect(validateStateCode('28', field)[0]?.message).toMatch(/28 is no longer in use.*now 37/);
  });
});
