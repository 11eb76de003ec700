// Writes the README's diagnostic-codes table, one page per code in docs/rules/ and the list of
// suppression comment syntaxes in docs/cli.md from the rule metadata
// (server/src/analysis/rules/ruleInfo.ts), so none can drift from what the tools say.
// `--check` writes nothing and exits 1 when a file is out of date (a unit test runs it).
//   node --import tsx scripts/rule-docs.ts [--check]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_INFO, rulePage, severityText, SUPPRESSION_SYNTAXES } from '../server/src/analysis/rules/ruleInfo';
import type { DiagnosticCode } from '../server/src/analysis/model/types';

const root = join(__dirname, '..');
const check = process.argv.includes('--check');
const codes = Object.keys(RULE_INFO) as DiagnosticCode[];
const cell = (t: string) => t.replace(/\|/g, '\\|');

function rulesTable(): string {
  const rows = codes.map((c) => {
    const r = RULE_INFO[c];
    return `| [\`${c}\`](docs/rules/${c}.md) | ${cell(severityText(r))} | ${cell(r.message)} | ${cell(r.quickFix)} |`;
  });
  return ['| code | severity | message | fix offered |', '|---|---|---|---|', ...rows, ''].join('\n');
}

const wanted = new Map<string, string>();
/** `path`'s text with `content` between its `<!-- NAME:start … -->` and `<!-- NAME:end -->` lines. */
function between(path: string, name: string, content: string): string {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(`<!-- ${name}:start`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < start) {
    console.error(`${path.slice(root.length + 1)}: the <!-- ${name}:start … --> / <!-- ${name}:end --> markers are missing`);
    process.exit(2);
  }
  const startLineEnd = text.indexOf('\n', start) + 1;
  return text.slice(0, startLineEnd) + content + text.slice(end);
}
const readmePath = join(root, 'README.md');
wanted.set(readmePath, between(readmePath, 'rules', rulesTable()));
const cliPath = join(root, 'docs', 'cli.md');
wanted.set(cliPath, between(cliPath, 'suppression-syntaxes', SUPPRESSION_SYNTAXES));
const dir = join(root, 'docs', 'rules');
for (const c of codes) wanted.set(join(dir, `${c}.md`), rulePage(c));

const stale = [...wanted].filter(([p, text]) => !existsSync(p) || readFileSync(p, 'utf8') !== text).map(([p]) => p);
// A page whose code is gone.
const extra = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && !wanted.has(join(dir, f))) : [];
if (check) {
  if (stale.length || extra.length) {
    console.error(
      `out of date: ${[...stale.map((p) => p.slice(root.length + 1)), ...extra.map((f) => `docs/rules/${f} (no such code)`)].join(', ')}; run  node --import tsx scripts/rule-docs.ts`,
    );
    process.exit(1);
  }
  console.log(`README.md, docs/cli.md and docs/rules/ (${codes.length} codes) up to date`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const p of stale) writeFileSync(p, wanted.get(p)!);
  console.log(`wrote ${stale.length} file(s)${extra.length ? `; remove docs/rules/${extra.join(', docs/rules/')} by hand` : ''}`);
}
