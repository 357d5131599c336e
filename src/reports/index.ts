/** Pure renderers of a Picture: SVG charts (ECharts on the server), PNG fallbacks and the editable Word report. */
export {
  centralActorsChart,
  kindsChart,
  pictureCharts,
  specialisationChart,
  tripleHelixChart,
} from './charts.js';
export type { Chart } from './charts.js';
export { pictureDocx, type DocxOptions } from './docx.js';
export { evidenceText } from './evidence-text.js';
export { writeNetworkPicture, writePicture } from './findings/index.js';
export {
  formatNumber,
  formatShare,
  industryName,
  kindName,
  municipalityName,
  pillarName,
  word,
  type Language,
  type Word,
} from './labels.js';
export { placeholderPng } from './png.js';
