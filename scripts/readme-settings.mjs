// Writes the README's settings table from package.json's contributed configuration, so the
// table cannot drift from the settings. `--check` exits 1 when the README is out of date.
//   node scripts/readme-settings.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPackageJson, root } from './lib/paths.mjs';
import { settingsTable } from './lib/settings-table.mjs';

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = readme.indexOf('<!-- settings:start');
const endMarker = '<!-- settings:end -->';
const end = readme.indexOf(endMarker);
if (start < 0 || end < start) {
  console.error('README.md: the <!-- settings:start … --> / <!-- settings:end --> markers are missing');
  process.exit(2);
}
const startLineEnd = readme.indexOf('\n', start) + 1;
const next = readme.slice(0, startLineEnd) + settingsTable(readPackageJson()) + readme.slice(end);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md: the settings table is out of date; run  node scripts/readme-settings.mjs');
    process.exit(1);
  }
  console.log('README.md: settings table up to date');
} else {
  writeFileSync(readmePath, next);
  console.log('README.md: settings table written');
}
