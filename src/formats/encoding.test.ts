import { describe, expect, it } from 'vitest';
import { decideEncoding, scanUtf8 } from './encoding.js';

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const latin = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('the encoding of a CSV file, decided on evidence', () => {
  it('reads UTF-8 that is valid throughout, with or without a byte order mark', () => {
    expect(decideEncoding(utf8('Nimi\nÄänekosken Saha\n'))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      text: 'Nimi\nÄänekosken Saha\n',
    });
    expect(decideEncoding(join(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('Nimi\nÄ\n')))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      text: 'Nimi\nÄ\n',
    });
  });

  it('reads 8-bit text without any UTF-8 sequence as Windows-1252', () => {
    expect(decideEncoding(latin('Nimi\nÄänekosken Saha – Oy\n'.replace('–', '\x96')))).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      text: 'Nimi\nÄänekosken Saha – Oy\n',
    });
  });

  it('refuses mostly UTF-8 with one byte that is not, naming its line and offset', () => {
    // A valid ä, then on line 3 a lone Windows-1252 ä (0xE4): one bad byte must not turn the file into Ã¤.
    const bytes = join(utf8('Nimi\nHyvä Oy\nRikki '), new Uint8Array([0xe4]), utf8(' Oy\n'));
    expect(decideEncoding(bytes)).toEqual({
      ok: false,
      code: 'encoding_unclear',
      at: { line: 3, byte: 20 },
      message: expect.stringMatching(/line 3 \(byte 20\).*choose the encoding/),
    });
    const marked = join(new Uint8Array([0xef, 0xbb, 0xbf]), latin('Nimi\nRikki \xe4\n'));
    expect(decideEncoding(marked)).toMatchObject({ ok: false, code: 'encoding_unclear' });
  });

  it("follows the user's choice, and says when UTF-8 was chosen for bytes that are not", () => {
    const bytes = join(utf8('Hyvä\r\n'), latin('\xe4\r\n'));
    expect(decideEncoding(bytes, 'windows-1252')).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      text: 'HyvÃ¤\r\nä\r\n',
    });
    expect(decideEncoding(bytes, 'utf-8')).toMatchObject({
      ok: false,
      code: 'invalid_utf8',
      at: { line: 2, byte: 7 },
    });
    expect(decideEncoding(utf8('Hyvä'), 'utf-8')).toMatchObject({ ok: true, text: 'Hyvä' });
  });

  it('knows UTF-8 by RFC 3629: no overlong forms, surrogates or code points past U+10FFFF', () => {
    for (const bad of [
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xff],
    ])
      expect(scanUtf8(new Uint8Array(bad))).toEqual({ firstBad: 0, multibyte: false });
    expect(scanUtf8(utf8('a€𝄞'))).toEqual({ firstBad: null, multibyte: true });
  });
});
