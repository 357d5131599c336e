/**
 * The benchmark graph as raw arrays in a folder, so each tool reads the same edge list in its own process:
 * from.i32, to.i32, weight.f64 (little-endian, one entry per relation) and meta.json ({ n, m }).
 */
import fs from 'node:fs';
import path from 'node:path';
import { generateEcosystem } from './generate.js';

export function writeEdgeList(
  dir: string,
  options: { organisations: number; relations: number; seed: number },
) {
  const eco = generateEcosystem(options);
  const { from, to, weight } = eco.relations;
  fs.writeFileSync(path.join(dir, 'from.i32'), Buffer.from(from.buffer, from.byteOffset, from.byteLength));
  fs.writeFileSync(path.join(dir, 'to.i32'), Buffer.from(to.buffer, to.byteOffset, to.byteLength));
  fs.writeFileSync(
    path.join(dir, 'weight.f64'),
    Buffer.from(weight.buffer, weight.byteOffset, weight.byteLength),
  );
  fs.writeFileSync(
    path.join(dir, 'meta.json'),
    JSON.stringify({ n: eco.organisations.length, m: from.length }),
  );
}

/** The edge list `writeEdgeList` wrote, as typed arrays. */
export function readEdgeList(dir: string) {
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { n: number; m: number };
  const bytes = (name: string) => {
    const b = fs.readFileSync(path.join(dir, name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  return {
    n: meta.n,
    from: new Int32Array(bytes('from.i32')),
    to: new Int32Array(bytes('to.i32')),
    weight: new Float64Array(bytes('weight.f64')),
  };
}
