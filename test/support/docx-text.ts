/**
 * A Word file read without the library that wrote it: the zip opened by the project's zip reader and
 * the text of its paragraphs taken from the XML, each with its paragraph style (Heading1, TOC2…).
 */
import { zipEntries } from '../../src/formats/zip.js';

export type DocxParagraph = { style: string; text: string };

/** The paragraphs of one of the document's XML parts, empty ones left out; text as the XML holds it. */
export function xmlParagraphs(xml: string): DocxParagraph[] {
  return xml
    .split('</w:p>')
    .map((p) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '',
      text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    }))
    .filter((p) => p.text.length > 0);
}

/** The parts of a .docx by name, as text (the media as their bytes' length is all a test needs). */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Map((await zipEntries(bytes)).map((e) => [e.name, e.data]));
}

/** The body's and the footnotes' paragraphs of a .docx. */
export async function docxText(bytes: Uint8Array) {
  const parts = await docxParts(bytes);
  const part = (name: string) => xmlParagraphs(parts.get(name)?.toString('utf8') ?? '');
  return { parts, body: part('word/document.xml'), footnotes: part('word/footnotes.xml') };
}

/** The texts of the paragraphs between a heading and the next heading of the same or a higher level. */
export function sectionText(body: readonly DocxParagraph[], heading: string): string[] {
  const start = body.findIndex((p) => p.text === heading && p.style.startsWith('Heading'));
  if (start < 0) return [];
  const level = Number(body[start]!.style.replace('Heading', ''));
  const rest = body.slice(start + 1);
  const end = rest.findIndex((p) => /^Heading\d$/.test(p.style) && Number(p.style.slice(7)) <= level);
  return (end < 0 ? rest : rest.slice(0, end)).map((p) => p.text);
}
