// The `secretref.*` settings as they arrive (workspace/configuration, a CLI config file)
// turned into typed settings. Unknown or malformed values fall back to the defaults:
// a typo in settings.json must never stop checking.
import { DEFAULT_SETTINGS, type AnalysisSettings, type CustomDialectSetting } from '../analysis/model/types';

export interface ServerSettings {
  analysis: AnalysisSettings;
  files: {
    include: string[];
    /** `secretref.files.exclude` plus the globs VS Code's `files.exclude` switches on. */
    exclude: string[];
  };
  /** Files larger than this are skipped (not indexed, not checked), with a log line. */
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 5_000_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `key` from a section object, accepting both nested (`files: {include}`) and flat (`'files.include'`) forms. */
function get(raw: Obj, key: string): unknown {
  if (key in raw) return raw[key];
  const parts = key.split('.');
  let cur: unknown = raw;
  for (const p of parts) {
    if (!isObj(cur)) return undefined;
    cur = cur[p];
  }
  return cur;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : []);
const posNumber = (v: unknown, dflt: number): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : dflt);

function customDialects(v: unknown): CustomDialectSetting[] {
  if (!Array.isArray(v)) return [];
  const out: CustomDialectSetting[] = [];
  for (const d of v) {
    if (!isObj(d) || typeof d.id !== 'string' || typeof d.pattern !== 'string') continue;
    out.push({
      id: d.id,
      pattern: d.pattern,
      caseSensitive: typeof d.caseSensitive === 'boolean' ? d.caseSensitive : undefined,
      files: Array.isArray(d.files) ? strList(d.files) : undefined,
    });
  }
  return out;
}

function dialectSwitches(v: unknown): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  if (isObj(v)) for (const [k, on] of Object.entries(v)) if (typeof on === 'boolean') out[k] = on;
  return out;
}

/** The `secretref` section (or an object holding it under `secretref`) → analysis settings. */
export function toAnalysisSettings(raw: unknown): AnalysisSettings {
  const section = isObj(raw) && isObj(raw.secretref) ? raw.secretref : isObj(raw) ? raw : {};
  const redaction = get(section, 'redactionFunctions');
  return {
    app: str(get(section, 'app')),
    environment: str(get(section, 'environment')),
    expiringSoonDays: posNumber(get(section, 'expiringSoonDays'), DEFAULT_SETTINGS.expiringSoonDays),
    dialects: dialectSwitches(get(section, 'dialects')),
    customDialects: customDialects(get(section, 'customDialects')),
    logSinks: strList(get(section, 'logSinks')),
    redactionFunctions: Array.isArray(redaction) ? strList(redaction) : [...DEFAULT_SETTINGS.redactionFunctions],
    maxParseBytes: DEFAULT_SETTINGS.maxParseBytes,
  };
}

/** VS Code's `files.exclude` is `{ glob: boolean }`; the globs switched on. */
function enabledGlobs(v: unknown): string[] {
  if (Array.isArray(v)) return strList(v);
  if (!isObj(v)) return [];
  return Object.entries(v)
    .filter(([, on]) => on === true)
    .map(([g]) => g);
}

/** The `secretref` section and VS Code's `files.exclude` → everything the server needs. */
export function toServerSettings(raw: unknown, filesExclude?: unknown): ServerSettings {
  const section = isObj(raw) && isObj(raw.secretref) ? raw.secretref : isObj(raw) ? raw : {};
  const analysis = toAnalysisSettings(section);
  const maxFileSize = posNumber(get(section, 'maxFileSize'), DEFAULT_MAX_FILE_SIZE) || DEFAULT_MAX_FILE_SIZE;
  return {
    analysis: { ...analysis, maxParseBytes: Math.min(analysis.maxParseBytes, maxFileSize) },
    files: {
      include: strList(get(section, 'files.include')),
      exclude: [...enabledGlobs(get(section, 'files.exclude')), ...enabledGlobs(filesExclude)],
    },
    maxFileSize,
  };
}
