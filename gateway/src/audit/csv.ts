/**
 * RFC 4180 CSV: fields with a comma, a double quote, CR or LF are quoted, quotes doubled, records end
 * in CRLF. A cell a spreadsheet would read as a formula (it starts with = + - @, a tab or CR) gets a
 * leading `'`, so opening an export never runs what someone typed into a field (CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (cells: readonly (string | number | null | undefined)[]): string => `${cells.map(csvCell).join(',')}\r\n`;
