import { csvCell, csvRow } from './csv.js';

describe('CSV cells', () => {
  it('quotes by RFC 4180: commas, quotes, line breaks; records end in CRLF', () => {
    expect(csvRow(['plain', 'a,b', 'say "hi"', 'two\nlines', null, 7])).toBe('plain,"a,b","say ""hi""","two\nlines",,7\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tcmd", `"'\rcmd"`]);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a=b')).toBe('a=b');
  });
});
