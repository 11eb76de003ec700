// User-defined reference forms from the setting `secretref.customDialects`: a regular expression
// with a named group `name`, a case rule, and optional file globs. A pattern that does not compile
// or has no `name` group is left out, and `customDialectProblems` says why (for the server's log).
import picomatch from 'picomatch';
import type { Dialect } from '../dialect';
import type { AnalysisSettings, CustomDialectSetting } from '../types';
import { referencesFrom, slotAt, type TextMatch } from './textForms';

interface Compiled {
  dialects: Dialect[];
  problems: string[];
}

// Settings change rarely and analyses run on every keystroke: compile each configuration once.
const compiledCache = new Map<string, Compiled>();

export function customDialects(settings: AnalysisSettings): Dialect[] {
  return compile(settings.customDialects).dialects;
}

/** Why configured custom dialects were left out, in plain words (names only). */
export function customDialectProblems(settings: AnalysisSettings): string[] {
  return compile(settings.customDialects).problems;
}

function compile(list: CustomDialectSetting[]): Compiled {
  if (!list || list.length === 0) return { dialects: [], problems: [] };
  const key = JSON.stringify(list);
  let c = compiledCache.get(key);
  if (!c) {
    c = { dialects: [], problems: [] };
    for (const setting of list) {
      const d = customDialect(setting);
      if (typeof d === 'string') c.problems.push(d);
      else c.dialects.push(d);
    }
    if (compiledCache.size > 20) compiledCache.clear();
    compiledCache.set(key, c);
  }
  return c;
}

/** A dialect for one setting, or the reason it cannot be used. */
export function customDialect(setting: CustomDialectSetting): Dialect | string {
  const id = setting.id || 'custom';
  const caseSensitive = setting.caseSensitive !== false;
  let re: RegExp;
  try {
    re = new RegExp(setting.pattern, caseSensitive ? 'gd' : 'gdi');
  } catch (e) {
    return `Custom dialect '${id}': the pattern is not a valid regular expression (${(e as Error).message}); fix it in the setting secretref.customDialects`;
  }
  if (!/\(\?<name>/.test(setting.pattern)) {
    return `Custom dialect '${id}': the pattern has no group named 'name'; write it as (?<name>…) around the secret name in the setting secretref.customDialects`;
  }
  const inFile = fileFilter(setting.files);
  const slot = slotPattern(setting.pattern, caseSensitive);

  function* matches(text: string): Generator<TextMatch> {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const at = m.indices?.groups?.name;
      const name = m.groups?.name;
      if (!at || name === undefined) continue;
      yield { name, nameStart: at[0], fullStart: m.index, fullEnd: m.index + m[0].length };
    }
  }

  return {
    id,
    label: setting.pattern,
    caseSensitive,
    forms: slot?.format ? [{ format: slot.format, detail: 'a custom form (secretref.customDialects)' }] : [],
    mayContain: () => true,
    find: (doc) => (inFile(doc.uri) ? referencesFrom(doc, matches(doc.text), id, caseSensitive) : []),
    nameSlotAt: slot ? (doc, offset) => (inFile(doc.uri) ? slotAt(doc, offset, slot.opener, (_m, after) => (slot.closer && !after.startsWith(slot.closer) ? slot.closer : undefined)) : undefined) : undefined,
  };
}

/** Globs match the file's path; a glob without a slash matches the file name in any folder. */
function fileFilter(globs: string[] | undefined): (uri: string) => boolean {
  if (!globs || globs.length === 0) return () => true;
  const patterns = globs.map((g) => (g.includes('/') ? (g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}`) : `**/${g}`));
  const isMatch = picomatch(patterns, { dot: true });
  return (uri) => {
    let path = uri.replace(/^file:\/\//, '');
    try { path = decodeURIComponent(path); } catch { /* keep it encoded */ }
    return isMatch(path.replace(/\\/g, '/'));
  };
}

/**
 * Completion for a custom form: the pattern before `(?<name>` is the opener, and the literal text
 * after the group (ignoring optional whitespace) is the closer. Patterns too clever for that get
 * no completion rather than a wrong one.
 */
function slotPattern(pattern: string, caseSensitive: boolean): { opener: RegExp; closer?: string; format?: (name: string) => string } | undefined {
  const open = pattern.indexOf('(?<name>');
  if (open <= 0) return undefined;
  const close = groupEnd(pattern, open);
  if (close < 0) return undefined;
  const before = pattern.slice(0, open);
  const after = pattern.slice(close + 1).replace(/\$$/, '');
  let opener: RegExp;
  try {
    opener = new RegExp(`(?:${before})([A-Za-z0-9_]*)$`, caseSensitive ? '' : 'i');
  } catch {
    return undefined;
  }
  const openLiteral = literalOf(before.replace(/^\^/, ''));
  const closer = literalOf(after);
  return {
    opener,
    closer: closer || undefined,
    // Only a pattern literal on both sides of the name can be written back.
    ...(openLiteral !== undefined && closer !== undefined ? { format: (name: string) => openLiteral + name + closer } : {}),
  };
}

/** The index of the `)` closing the group opened at `start`, honouring escapes and classes. */
function groupEnd(p: string, start: number): number {
  let depth = 0, inClass = false;
  for (let i = start; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The literal text a regex fragment matches, ignoring optional whitespace; undefined if it is not literal. */
function literalOf(fragment: string): string | undefined {
  const f = fragment.replace(/\\s\*|\\s\?| \*| \?/g, '');
  let out = '';
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (c === '\\') {
      const n = f[++i];
      if (n === undefined || /[A-Za-z0-9]/.test(n)) return undefined;
      out += n;
    } else if ('.*+?()[]{}|^$'.includes(c)) return undefined;
    else out += c;
  }
  return out;
}
