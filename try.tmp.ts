import { buildPicture } from './src/analysis/picture.js';
import { townInput } from './test/support/analysis/town.js';
import { pictureDocx } from './src/reports/docx.js';
import { writtenFixture } from './test/support/written-picture.js';
const p = buildPicture(townInput());
for (let i = 0; i < 4; i++) {
  const t = performance.now();
  await pictureDocx(p, writtenFixture('fi'), { charts: false });
  console.log('docx nocharts ms', performance.now() - t);
}
