/**
 * Platform test: the built package must run in a browser (and any other
 * non-Node runtime) as it is. It bundles the BUILT files in `dist/` with
 * esbuild and fails if anything reaches for Node:
 *
 * - an import of a Node built-in (`node:*`, `fs`, `path`, `crypto`, `buffer`,
 *   `process`, `util`, `events`, …), from our code or from a dependency;
 * - a free reference to `process`, `require`, `Buffer`, `__dirname`,
 *   `__filename` or `global` in our own code, or to `process` / `require`
 *   anywhere in the bundle.
 *
 * It needs `dist/`, so the gate (`npm test`) runs the build before vitest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Platform, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const esmEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const cjsEntry = fileURLToPath(new URL('../dist/index.cjs', import.meta.url));

const pkg = JSON.parse(
  readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'),
) as { dependencies?: Record<string, string> };
const runtimeDeps = Object.keys(pkg.dependencies ?? {});

/** Node-only globals, replaced by markers through esbuild's `define` (which touches only free references). */
const nodeGlobals = ['process', 'require', 'Buffer', '__dirname', '__filename', 'global'] as const;
const marker = (name: string): string => `__jixiao_forbidden_global_${name}__`;

const nodeBuiltins = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

function requireDist(file: string): void {
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: run \`npm run build\` first ` +
        '(the platform test bundles the built package; `npm test` builds before running vitest).',
    );
  }
}

function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  const head = specifier.split('/')[0] ?? specifier;
  return nodeBuiltins.has(specifier) || nodeBuiltins.has(head);
}

function isRuntimeDep(specifier: string): boolean {
  return runtimeDeps.some((dep) => specifier === dep || specifier.startsWith(`${dep}/`));
}

interface BundleResult {
  readonly code: string;
  /** Node built-ins that something tried to import, with the importer. */
  readonly builtins: readonly string[];
}

/**
 * Bundle `dist/index.js` for `platform`. With `externalDeps`, the runtime
 * dependencies are left out so that only our own code is in the output.
 */
async function bundle(platform: Platform, externalDeps: boolean): Promise<BundleResult> {
  const builtins: string[] = [];
  const trap: Plugin = {
    name: 'node-builtin-trap',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (isNodeBuiltin(args.path)) {
          builtins.push(`${args.path} (imported by ${args.importer || '<entry>'})`);
          return { path: args.path, external: true };
        }
        if (externalDeps && isRuntimeDep(args.path)) {
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
  const result = await build({
    absWorkingDir: root,
    stdin: {
      // Use every export, so that nothing is tree-shaken away unchecked.
      contents: `import * as lib from ${JSON.stringify(esmEntry)};\nglobalThis.__jixiao = lib;\n`,
      resolveDir: root,
      sourcefile: 'platform-entry.js',
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: Object.fromEntries(nodeGlobals.map((name) => [name, marker(name)])),
    plugins: [trap],
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { code, builtins };
}

/** The free (global) references to `name` that survived bundling, each with some code around it. */
function freeUses(code: string, name: string): string[] {
  const needle = marker(name);
  const hits: string[] = [];
  for (let at = code.indexOf(needle); at !== -1; at = code.indexOf(needle, at + needle.length)) {
    hits.push(code.slice(Math.max(0, at - 60), at + needle.length + 60).replaceAll(needle, name));
  }
  return hits;
}

describe('platform: browser and neutral bundles of dist/', () => {
  for (const platform of ['browser', 'neutral'] as const) {
    it(`bundles for platform "${platform}" with its dependencies and imports no Node built-in`, async () => {
      requireDist(esmEntry);
      const { code, builtins } = await bundle(platform, false);
      expect(builtins, 'Node built-ins imported by the bundle').toEqual([]);
      expect(freeUses(code, 'process'), 'free references to `process`').toEqual([]);
      expect(freeUses(code, 'require'), 'free references to `require`').toEqual([]);
    });
  }

  it('our own code (dependencies external) uses no Node globals', async () => {
    requireDist(esmEntry);
    const { code, builtins } = await bundle('browser', true);
    expect(builtins, 'Node built-ins imported by dist/index.js').toEqual([]);
    for (const name of nodeGlobals) {
      expect(freeUses(code, name), `free references to \`${name}\``).toEqual([]);
    }
  });

  it('the CommonJS build requires only the runtime dependencies', () => {
    requireDist(cjsEntry);
    const code = readFileSync(cjsEntry, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*(["'])([^"']+)\1\s*\)/g)].map((m) => m[2] ?? '');
    const unexpected = required.filter((specifier) => !isRuntimeDep(specifier));
    expect(unexpected, `dist/index.cjs may require only: ${runtimeDeps.join(', ')}`).toEqual([]);
  });
});
