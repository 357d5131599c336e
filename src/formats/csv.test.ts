import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, parseCsv } from './csv.js';

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields);

describe('parseCsv', () => {
  it('reads plain comma-separated records', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('handles quoted fields with delimiters, doubled quotes and line breaks', () => {
    const result = parseCsv(
      'code,name\r\n"01","Kasvinviljely, riistatalous"\r\n"02","Sanottu ""näin""\r\nja näin"\r\n03,x\r\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['01', 'Kasvinviljely, riistatalous'] },
      { line: 3, fields: ['02', 'Sanottu "näin"\nja näin'] },
      { line: 5, fields: ['03', 'x'] },
    ]);
  });

  it('accepts CR-only and LF line ends, a missing final newline, and skips blank lines', () => {
    expect(parseCsv('a;b\r1;2\r\r3;4').records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
    expect(fields('""\n')).toEqual([['']]);
  });

  it('strips a BOM', () => {
    expect(fields('\uFEFFkoodi;nimike\n091;Helsinki')).toEqual([
      ['koodi', 'nimike'],
      ['091', 'Helsinki'],
    ]);
  });

  it('detects the delimiter from the header line, ignoring quoted text', () => {
    expect(detectDelimiter('code;name\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
    expect(parseCsv('code;name\n01;"a, b"').records[1]?.fields).toEqual(['01', 'a, b']);
    expect(parseCsv('a;b\n1,5;2', { delimiter: ',' }).records[1]?.fields).toEqual(['1', '5;2']);
  });

  it('reports broken records with their line and goes on with the next', () => {
    const result = parseCsv('a,b\n1,x"y\n2,"ok"\n3,"bad"z,4\n5,6\n"open,7\n8,9\n');
    expect(result.errors).toEqual([
      { line: 2, message: 'stray quote inside unquoted field 2' },
      { line: 4, message: 'unexpected text after a closing quote in field 2' },
      { line: 6, message: 'unterminated quoted field (missing closing ")' },
    ]);
    expect(result.records.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'a', 'b'],
      [3, '2', 'ok'],
      [5, '5', '6'],
    ]);
  });
});

describe('decodeText', () => {
  it('decodes UTF-8, with or without a BOM', () => {
    expect(decodeText(new TextEncoder().encode('Hämeenlinna'))).toEqual({
      text: 'Hämeenlinna',
      encoding: 'utf-8',
    });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Åland')]);
    expect(decodeText(withBom)).toEqual({ text: 'Åland', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = Uint8Array.from(Buffer.from('Mäntyharju;Södra Savolax;Åland', 'latin1'));
    expect(decodeText(bytes)).toEqual({ text: 'Mäntyharju;Södra Savolax;Åland', encoding: 'windows-1252' });
    // 0x96 is an en dash in Windows-1252 (a C1 control in Latin-1).
    expect(decodeText(new Uint8Array([0x41, 0x96, 0x42])).text).toBe('A\u2013B');
  });

  it('decodes UTF-16LE with a BOM, as Excel saves "Unicode text"', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, ...Buffer.from('koodi\tnimike', 'utf16le')]);
    expect(decodeText(bytes)).toEqual({ text: 'koodi\tnimike', encoding: 'utf-16le' });
  });

  it('strips a BOM from strings', () => {
    expect(decodeText('\uFEFFabc').text).toBe('abc');
  });
});
