// A committed module generated at build time (the wasm keyword pass, the manifest validator):
// written only when it differs from what its source builds to, so builds leave git clean; with
// `check`, only says whether it does (the unit tests run the checks, so a stale module fails CI).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** True when `target` already holds `text`; otherwise writes it (unless `check`) and returns false. */
export function writeIfChanged(target, text, check) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    /* not built yet */
  }
  if (current === text) return true;
  if (!check) writeFileSync(target, text);
  return false;
}

/** The script's command line: `--check` exits 1 with `stale` when the committed module is not up to date. */
export async function runAsScript(metaUrl, build, stale) {
  if (process.argv[1] !== fileURLToPath(metaUrl)) return;
  const check = process.argv.includes('--check');
  if (!(await build({ check })) && check) {
    console.error(stale);
    process.exit(1);
  }
}
