// Writes the README's diagnostic-codes table and one page per code in docs/rules/ from the rule
// metadata (server/src/analysis/rules/ruleInfo.ts), so neither can drift from what the tools say.
// `--check` writes nothing and exits 1 when a file is out of date (a unit test runs it).
//   node --import tsx scripts/rule-docs.ts [--check]
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_INFO, rulePage, severityText } from '../server/src/analysis/rules/ruleInfo';
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
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf('<!-- rules:start');
const end = readme.indexOf('<!-- rules:end -->');
if (start < 0 || end < start) {
  console.error('README.md: the <!-- rules:start … --> / <!-- rules:end --> markers are missing');
  process.exit(2);
}
const startLineEnd = readme.indexOf('\n', start) + 1;
wanted.set(readmePath, readme.slice(0, startLineEnd) + rulesTable() + readme.slice(end));
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
  console.log(`README.md and docs/rules/ (${codes.length} codes) up to date`);
} else {
  mkdirSync(dir, { recursive: true });
  for (const p of stale) writeFileSync(p, wanted.get(p)!);
  console.log(`wrote ${stale.length} file(s)${extra.length ? `; remove docs/rules/${extra.join(', docs/rules/')} by hand` : ''}`);
}
