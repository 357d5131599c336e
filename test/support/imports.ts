/** Helpers for the import and export tests: multipart uploads and generated YTJ dumps. */
import type { App } from '../../src/server/app.js';
import { generateYtjDump } from '../../src/formats/ytj/index.js';

export type Upload = { name: string; bytes: Uint8Array<ArrayBuffer> | string };

/** POSTs a file to /api/v1/imports as multipart/form-data, the way a browser form does. */
export async function upload(
  app: App,
  token: string | null,
  query: string,
  file: Upload,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.append('file', new File([file.bytes], file.name));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  const res = await app.request(`/api/v1/imports?${query}`, {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, headers: res.headers };
}

/** A generated YTJ dump of `count` companies in a few towns, as one string. */
export async function generatedDump(count: number, seed = 7): Promise<string> {
  let text = '';
  for await (const chunk of generateYtjDump({
    count,
    seed,
    municipalities: [
      { code: '140', nameFi: 'Iisalmi', population: 20_900, postalCodes: ['74100', '74120'] },
      { code: '740', nameFi: 'Savonlinna', population: 31_600, postalCodes: ['57100', '57200'] },
      { code: '091', nameFi: 'Helsinki', population: 658_000, postalCodes: ['00100', '00530'] },
    ],
  }))
    text += chunk;
  return text;
}
