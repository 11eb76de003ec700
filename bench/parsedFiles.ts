// Which JS/TS files of a corpus reach a full TypeScript parse in `secretref check`, what let each
// through the prefilters, and who asked for the tree; with `--scan`, also a check of the token
// scan that spares most parses (`server/src/analysis/js/integrationShape.ts`) against the
// parser's own view of every JS/TS file: a shape the tree has that the scan misses is a bug.
//   node --import tsx bench/parsedFiles.ts <corpus>… [--scan]
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../server/src/analysis/analyze';
import { ParsedDocument } from '../server/src/analysis/document';
import { ENV_NAME } from '../server/src/analysis/integrations';
import { isExpressionString } from '../server/src/analysis/js/expressions';
import { integrationShape } from '../server/src/analysis/js/integrationShape';
import { propertyNameText } from '../server/src/analysis/js/tsNodes';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { DEFAULT_SETTINGS } from '../server/src/analysis/model/types';
import { ts } from '../server/src/analysis/typescript';
import { listProjectFiles } from '../server/src/workspace/files';

/** The prefilters' conditions, as plain searches (which of them matched, not which answered first). */
const CONDITIONS: Array<[string, string | RegExp]> = [
  ['INTEGRATION_ name', ENV_NAME],
  ['secret_name', 'secret_name'],
  ['secrets hint', /requiredSecrets|secrets\.|\.secrets\s*\(/],
  ['metadata key', /\bmetadata["']?\s*[:,}=;]/],
  ['run key', /(?<![.\w$])run["'`]?\]?\s*[:=(<,}/?]|\bexports\s*\.\s*run\s*=|\bas\s+run\b/],
  ['secrets', 'secrets'],
];

const JS = /\.[cm]?[jt]sx?$/i;

async function parsedFiles(corpus: string): Promise<void> {
  const desc = Object.getOwnPropertyDescriptor(ParsedDocument.prototype, 'tsSource')!;
  const parsed = new Map<string, { ms: number; by: string }>();
  Object.defineProperty(ParsedDocument.prototype, 'tsSource', {
    configurable: true,
    get(this: ParsedDocument): unknown {
      const fresh = (this as unknown as { _ts?: unknown })._ts === undefined;
      const a = performance.now();
      const tree: unknown = desc.get!.call(this);
      if (fresh && tree) {
        const by = (new Error().stack ?? '').split('\n')[2]?.trim().replace(/^at /, '') ?? '';
        parsed.set(this.uri, { ms: performance.now() - a, by });
      }
      return tree;
    },
  });
  const files = (await listProjectFiles(corpus, { maxFileSize: 100_000_000 })).filter((f) => JS.test(f));
  const store = new StoreSnapshot([]);
  let ms = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const doc = new ParsedDocument({ uri: f, text, scopes: store.scopesMatter }, DEFAULT_SETTINGS.maxParseBytes);
    analyzeDocument(doc, store, DEFAULT_SETTINGS, new Date());
    const p = parsed.get(f);
    if (!p) continue;
    ms += p.ms;
    const via = CONDITIONS.filter(([, c]) => (typeof c === 'string' ? text.includes(c) : c.test(text))).map(([n]) => n);
    console.log(`${p.ms.toFixed(1).padStart(7)} ms ${(text.length / 1024).toFixed(0).padStart(5)} KB  ${f.slice(corpus.length + 1)}`);
    console.log(`        matches: ${via.join(', ') || '-'}; asked by ${p.by}`);
  }
  Object.defineProperty(ParsedDocument.prototype, 'tsSource', desc);
  console.log(`${corpus}: ${parsed.size} of ${files.length} JS/TS files parsed, ${ms.toFixed(0)} ms in the parser`);
}

/** The shapes `integrationShape` reports, read from the tree instead (a superset of what makes an integration). */
function treeShape(sf: ts.SourceFile): { paired: boolean; run: boolean; secretsMember: boolean; expressionString: boolean } {
  const out = { paired: false, run: false, secretsMember: false, expressionString: false };
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && n.name.text === 'secrets') out.secretsMember = true;
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && isExpressionString(n.text)) out.expressionString = true;
    if (ts.isTemplateExpression(n) && isExpressionString(n.head.text)) out.expressionString = true;
    if (ts.isObjectLiteralExpression(n)) {
      const keyed = (key: string, kinds: ts.SyntaxKind[]) =>
        n.properties.some((p) => propertyNameText(p.name) === key && kinds.includes(p.kind));
      const K = ts.SyntaxKind;
      const run = keyed('run', [K.PropertyAssignment, K.ShorthandPropertyAssignment, K.MethodDeclaration]);
      const metadata = keyed('metadata', [K.PropertyAssignment, K.ShorthandPropertyAssignment]);
      if (run) out.run = true;
      if (run && metadata) out.paired = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  let metadata = false,
    run = false;
  const name = (s: string) => {
    if (s === 'metadata') metadata = true;
    if (s === 'run') run = true;
  };
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) name(d.name.text);
    if (ts.isFunctionDeclaration(st) && st.name) name(st.name.text);
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause))
      for (const el of st.exportClause.elements) name(el.name.text);
    const e = ts.isExpressionStatement(st) ? st.expression : undefined;
    if (e && ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(e.left))
      name(e.left.name.text);
  }
  if (run) out.run = true;
  if (metadata && run) out.paired = true;
  return out;
}

async function checkScan(corpora: string[]): Promise<boolean> {
  let files = 0,
    missed = 0;
  for (const corpus of corpora)
    for (const f of await listProjectFiles(corpus, { maxFileSize: DEFAULT_SETTINGS.maxParseBytes })) {
      // JSX files are always parsed (the scan is not asked); declaration files never.
      if (!/\.[cm]?[jt]s$/i.test(f) || /\.d\.[cm]?ts$/i.test(f)) continue;
      const text = readFileSync(f, 'utf8');
      if (!text.includes('run') && !text.includes('secrets')) continue;
      files++;
      const typescript = /\.[cm]?ts$/i.test(f);
      const scan = integrationShape(text, typescript);
      const tree = treeShape(ts.createSourceFile(f, text, ts.ScriptTarget.Latest, false, typescript ? ts.ScriptKind.TS : ts.ScriptKind.JS));
      const misses = (Object.keys(tree) as Array<keyof typeof tree>).filter((k) => tree[k] && !scan[k]);
      if (misses.length > 0) {
        missed++;
        console.log(`MISSED ${misses.join(', ')}: ${f}`);
      }
    }
  console.log(`the token scan against the tree: ${files} files, ${missed} with a shape the scan missed`);
  return missed === 0;
}

void (async () => {
  const args = process.argv.slice(2);
  const corpora = args.filter((a) => !a.startsWith('--'));
  for (const c of corpora) await parsedFiles(c);
  if (args.includes('--scan') && !(await checkScan(corpora))) process.exitCode = 1;
})();
