/** The browser tests launch the same Chromium as the server's PDF reports (decision 010). */
export { launchOptions } from '../../src/server/pdf/chromium.js';
