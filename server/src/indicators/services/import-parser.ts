import ExcelJS from 'exceljs';
import Papa from 'papaparse';

/** XLSX files are ZIP archives: "PK\x03\x04". */
function isZip(content: Buffer): boolean {
  return (
    content.length >= 4 && content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04
  );
}

export class UnreadableFileError extends Error {}

/**
 * A CSV (comma or semicolon, as Polish Excel writes it; UTF-8 with or
 * without a byte order mark) or an XLSX file (its first sheet) as rows of
 * cell texts, the header first. Numbers from a sheet come as JavaScript's
 * shortest decimal form (269.42), which parseIndicatorValue reads exactly.
 */
export async function readSpreadsheet(content: Buffer): Promise<string[][]> {
  if (isZip(content)) return readXlsx(content);
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new UnreadableFileError('The file is neither CSV text nor an XLSX workbook.');
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'] });
  if (parsed.errors.some((error) => error.type === 'Quotes')) {
    throw new UnreadableFileError(`The CSV file has an unclosed quote (row ${(parsed.errors[0].row ?? 0) + 1}).`);
  }
  // Blank lines stay, so row numbers match what the user sees; validation skips them.
  return parsed.data.map((row) => row.map((cell) => cell.trim()));
}

async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typing asks for its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableFileError('The XLSX workbook could not be read.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const result: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value));
    // Row numbers must match what the user sees in the sheet, so empty rows keep their place.
    result[rowNumber - 1] = cells;
  });
  for (let i = 0; i < result.length; i++) result[i] ??= [];
  // Trailing empty rows are formatting, not data.
  while (result.length > 0 && result.at(-1)!.every((cell) => cell === '')) result.pop();
  return result;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}
