export { loadBundledApi } from '../../src/load-api.ts';
