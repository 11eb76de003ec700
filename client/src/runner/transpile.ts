// TypeScript → CommonJS for the integration child, bundled on its own (dist/runner-transpile.js):
// the compiler is 9 MB, and loading it in every child made a JavaScript integration start
// several times slower. The child requires this file only when it meets a .ts module.
import * as ts from 'typescript';

export function transpileToCommonJs(source: string, fileName: string): string {
  return ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      // Stack traces point at the TypeScript lines the user wrote.
      inlineSourceMap: true,
      inlineSources: false,
    },
  }).outputText;
}
