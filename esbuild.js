// Bundles the extension client, the language server and the CLI.
// `--production` minifies; source maps are always written so stack traces stay readable.
// `--watch` (npm run watch) rebuilds on every change and says when a round starts and ends, for
// the problem matcher of the `watch` task in .vscode/tasks.json.
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's UMD build requires its own files at run time; its ESM build bundles.
  mainFields: ['module', 'main'],
};

// TypeScript's compiler is 9 MB of the bundles: the server, the CLI and the runner load it from
// one shared file, and only when a JS/TS file is parsed (server/src/analysis/typescript.ts).
const sharedTypeScript = {
  name: 'shared-typescript',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, () => ({ path: './typescript.js', external: true }));
  },
};

// The bins (dist/cli.js, dist/server.js) are launchers that turn V8's compile cache on and then
// require the bundle beside them (`./<name>-main.js`), which the cache then holds too.
const launcher = {
  name: 'launcher',
  setup(build) {
    build.onResolve({ filter: /^\.\/[a-z]+-main\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

const builds = [
  { ...common, entryPoints: ['node_modules/typescript/lib/typescript.js'], outfile: 'dist/typescript.js' },
  // The client runs in VS Code's extension host, which provides `vscode`. Two parts load only when
  // needed (client/src/parts.ts), so activation parses less: the language client, and the server's
  // prefilters (client/src/serverNeed.ts), which never parse a file: TypeScript stays out of it.
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['client/src/languageClient.ts'], outfile: 'dist/language-client.js', external: ['vscode'] },
  { ...common, entryPoints: ['client/src/serverNeed.ts'], outfile: 'dist/server-need.js', plugins: [sharedTypeScript] },
  {
    ...common,
    entryPoints: ['server/src/serverBin.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [launcher],
  },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [sharedTypeScript] },
  { ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, plugins: [launcher] },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js', plugins: [sharedTypeScript] },
  // The child process that runs an integration: kept separate so it shares nothing with the extension host.
  { ...common, entryPoints: ['client/src/runner/child.ts'], outfile: 'dist/runner-child.js' },
  // The TypeScript compiler for .ts integrations, apart so JavaScript integrations start fast.
  { ...common, entryPoints: ['client/src/runner/transpile.ts'], outfile: 'dist/runner-transpile.js', plugins: [sharedTypeScript] },
];

// One change rebuilds several bundles: the round starts with the first and ends with the last, so
// a debug session launched after the `watch` task waits for every bundle. Errors and warnings are
// printed here (esbuild's own log is off) on two adjacent lines, the form the problem matcher reads.
function watchReporter() {
  let running = 0;
  return {
    name: 'watch-reporter',
    setup(build) {
      build.onStart(() => {
        if (running++ === 0) console.log('[watch] build started');
      });
      build.onEnd((result) => {
        const messages = [...result.errors.map((m) => ['ERROR', m]), ...result.warnings.map((m) => ['WARNING', m])];
        for (const [kind, { text, location }] of messages) {
          console.error(`✘ [${kind}] ${text}`);
          if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
        if (--running === 0) console.log('[watch] build finished');
      });
    },
  };
}

async function main() {
  const fs = require('fs');
  // The keyword pass's WebAssembly, assembled from its source into a module the bundles import.
  const { buildWasm } = await import('./scripts/build-wasm.mjs');
  await buildWasm();
  // The manifest schema's validator, compiled by Ajv into a module the bundles import.
  const { buildManifestValidator } = await import('./scripts/build-manifest-validator.mjs');
  buildManifestValidator();
  const entries = builds.filter((b) => fs.existsSync(b.entryPoints[0]));
  if (watch) {
    const reporter = watchReporter();
    for (const b of entries) {
      const ctx = await esbuild.context({ ...b, logLevel: 'silent', plugins: [...(b.plugins ?? []), reporter] });
      await ctx.watch();
    }
    console.log('esbuild: watching (Ctrl-C stops)');
    return;
  }
  await Promise.all(entries.map((b) => esbuild.build(b)));
  for (const b of entries) fs.chmodSync(b.outfile, 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
