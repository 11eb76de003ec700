// Quick fixes as golden files: test/fixtures/quickfix/CODE--CASE.EXT is fixed into
// CODE--CASE.golden.EXT. Every diagnostic with CODE in the input is fixed with its preferred
// fix; the result must equal the golden file, parse, and no longer carry CODE.
// Hardcoded-credential inputs hold markers («STRIPE») that are replaced at run time by
// generated credentials, so the repository holds nothing a scanner would flag.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import * as YAML from 'yaml';
import * as jsonc from 'jsonc-parser';
import { parse as parseMarkdown, postprocess, preprocess } from 'micromark';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxMd } from 'micromark-extension-mdx-md';
import { analyzeDocument } from '../analyze';
import { ParsedDocument } from '../document';
import { StoreSnapshot } from '../model/store';
import { DEFAULT_SETTINGS, type AnalysisDiagnostic, type TextEdit } from '../model/types';
import { quickFixesFor } from './index';
import { MOVE_TO_STORE_COMMAND } from './moveHardcodedToStore';
import { fakeCredential } from '../../../../test/util/credentials';
import { applyEdits } from '../../../../test/util/edits';

const DIR = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'quickfix');

const STORE = new StoreSnapshot(
  ['CRM_TOKEN', 'GITHUB_TOKEN', 'SLACK_TOKEN', 'openai_api_key', 'WeatherApiKey', 'db_host', 'API_KEY', 'STRIPE_API_KEY'].map((name) => ({
    name,
    hasValue: true,
  })),
);

const MARKERS: Record<string, () => string> = {
  STRIPE: () => fakeCredential('Stripe'),
  SLACK: () => fakeCredential('Slack'),
  GITHUB: () => fakeCredential('GitHub'),
  OPENAI: () => fakeCredential('OpenAI'),
};

/** What the client does for secretref.moveHardcodedToStore once the value is stored: one edit in the unedited text's offsets. */
function clientMoveEdits(args: unknown[]): TextEdit[] {
  const [, range, , replacementText, extraEdits] = args as [string, { start: number; end: number }, string, string, TextEdit[]];
  return [{ range, newText: replacementText }, ...extraEdits];
}

export function parseErrors(uri: string, text: string): string[] {
  if (/\.(js|ts)$/.test(uri)) {
    const out = ts.transpileModule(text, {
      reportDiagnostics: true,
      fileName: uri.replace(/^file:\/\//, ''),
      compilerOptions: { allowJs: true },
    });
    return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }
  if (/\.jsonc?$/.test(uri)) {
    const errors: jsonc.ParseError[] = [];
    jsonc.parse(text, errors);
    return errors.map((e) => jsonc.printParseErrorCode(e.error));
  }
  if (uri.endsWith('.md')) return [];
  if (uri.endsWith('.mdx')) {
    // MDX 2+ refuses HTML comments and unbalanced expression braces.
    if (text.includes('<!--')) return ['MDX does not allow HTML comments'];
    try {
      postprocess(
        parseMarkdown({ extensions: [mdxExpression(), mdxMd()] })
          .document()
          .write(preprocess()(text, undefined, true)),
      );
    } catch (e) {
      return [String(e)];
    }
    return [];
  }
  return YAML.parseAllDocuments(text).flatMap((d) => ('errors' in d ? d.errors.map((e) => e.message) : []));
}

/** CASE `ignore-…`: the "Ignore 'CODE' on this line" fix instead of the preferred one. */
function fixesFor(
  doc: ParsedDocument,
  d: AnalysisDiagnostic,
  references: ReturnType<typeof analyzeDocument>['references'],
  ignore: boolean,
): TextEdit[] {
  const fixes = quickFixesFor({ doc, diagnostic: d, references, store: STORE, settings: DEFAULT_SETTINGS }, (e) => {
    throw e;
  });
  const preferred = ignore ? fixes.find((f) => f.title.startsWith('Ignore ')) : (fixes.find((f) => f.isPreferred) ?? fixes[0]);
  assert.ok(preferred, `no fix for ${d.code} '${d.secret ?? ''}'`);
  if (preferred.command?.command === MOVE_TO_STORE_COMMAND) return clientMoveEdits(preferred.command.arguments ?? []);
  assert.ok(preferred.edits && preferred.edits.length > 0, `the fix '${preferred.title}' has no edits`);
  return preferred.edits;
}

const inputs = readdirSync(DIR).filter((f) => /^[a-z-]+--[a-z0-9-]+\.(js|ts|json|jsonc|yaml|md|mdx)$/.test(f));

describe('quick fixes (golden files)', () => {
  it('has golden files for every fix that edits code', () => {
    const codes = new Set(inputs.map((f) => f.split('--')[0]));
    for (const c of [
      'undeclared-secret',
      'unused-declaration',
      'duplicate-declaration',
      'unknown-secret',
      'logged-secret',
      'hardcoded-secret',
    ])
      assert.ok(codes.has(c), c);
  });

  for (const file of inputs) {
    it(file, () => {
      const code = file.split('--')[0];
      const ext = file.slice(file.lastIndexOf('.'));
      const golden = readFileSync(join(DIR, file.replace(ext, `.golden${ext}`)), 'utf8');
      const text = readFileSync(join(DIR, file), 'utf8').replace(/«([A-Z]+)»/g, (_, k: string) => MARKERS[k]());
      // Analysed as a project file: fixture folders are exempt from hardcoded-secret.
      const uri = `file:///project/src/${file}`;
      const doc = new ParsedDocument({ uri, text });
      const result = analyzeDocument(doc, STORE, DEFAULT_SETTINGS);
      const targets = result.diagnostics.filter((d) => d.code === code);
      assert.ok(targets.length > 0, `the input has no ${code} diagnostic`);
      const edits = targets.flatMap((d) => fixesFor(doc, d, result.references, file.split('--')[1].startsWith('ignore')));
      const fixed = applyEdits(text, edits);
      assert.equal(fixed, golden);
      assert.deepEqual(parseErrors(uri, fixed), []);
      const after = analyzeDocument({ uri, text: fixed }, STORE, DEFAULT_SETTINGS).diagnostics.filter((d) => d.code === code);
      assert.deepEqual(
        after.map((d) => d.message),
        [],
      );
    });
  }
});
