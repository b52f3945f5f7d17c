/**
 * The progress screens' models, a lazy chunk: the dashboard, the reports and the
 * province roll-up are visited now and then, so their code stays out of the first
 * download (DESIGN §8: initial JS ≤ 80 KB gzip).
 */
export { createProgressModel } from './progress-model';
export { createRollupModel } from './rollup-model';
