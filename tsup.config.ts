import { defineConfig } from 'tsup';

/**
 * Dual ESM + CJS build of the public barrel `src/index.ts`.
 *
 * `package.json` has `"type": "module"`, so tsup writes
 * `dist/index.js` + `dist/index.d.ts` (ESM) and
 * `dist/index.cjs` + `dist/index.d.cts` (CJS).
 * Runtime dependencies (decimal.js, zod) stay external.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  tsconfig: 'tsconfig.build.json',
  dts: true,
  sourcemap: false,
  clean: true,
  splitting: false,
  minify: false,
  shims: false,
  outDir: 'dist',
});
