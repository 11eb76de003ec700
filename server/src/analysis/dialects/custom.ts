// User-defined reference forms from the setting `secretref.customDialects`: a regular expression
// with a named group `name`, a case rule, and optional file globs. A pattern that does not compile
// or has no `name` group is left out, and `customDialectProblems` says why (for the server's log).
import picomatch from 'picomatch';
import { RE2JS } from 're2js';
import type { Dialect } from './dialect';
import type { AnalysisSettings, CustomDialectSetting } from '../model/types';
import { referencesFrom, slotAt, type LineMatcher, type TextMatch } from './textForms';

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
  // The pattern comes from settings a repository can ship: a backtracking engine would let
  // `(?<name>(a|aa)+)b` stall the editor or a CI job for ever. RE2 matches in linear time.
  const compiled = compileLinear(setting.pattern, caseSensitive);
  if (typeof compiled === 'string') return `Custom dialect '${id}': ${compiled}; fix it in the setting secretref.customDialects`;
  const re: RE2JS = compiled;
  if (!('name' in re.namedGroups())) {
    return `Custom dialect '${id}': the pattern has no group named 'name'; write it as (?<name>…) around the secret name in the setting secretref.customDialects`;
  }
  const inFile = fileFilter(setting.files);
  const slot = slotPattern(setting.pattern, caseSensitive);

  function* matches(text: string): Generator<TextMatch> {
    const m = re.matcher(text);
    while (m.find()) {
      const fullStart = m.start(),
        fullEnd = m.end();
      if (fullEnd === fullStart) continue;
      const name = m.group('name');
      if (name === null || name === undefined) continue;
      yield { name, nameStart: m.start('name'), fullStart, fullEnd };
    }
  }

  return {
    id,
    label: setting.pattern,
    caseSensitive,
    forms: slot?.format ? [{ format: slot.format, detail: 'a custom form (secretref.customDialects)' }] : [],
    mayContain: () => true,
    find: (doc) => (inFile(doc.uri) ? referencesFrom(doc, matches(doc.text), id, caseSensitive) : []),
    nameSlotAt: slot
      ? (doc, offset) =>
          inFile(doc.uri)
            ? slotAt(doc, offset, slot.opener, (_m, after) => (slot.closer && !after.startsWith(slot.closer) ? slot.closer : undefined))
            : undefined
      : undefined,
  };
}

/** Globs match the file's path; a glob without a slash matches the file name in any folder. */
function fileFilter(globs: string[] | undefined): (uri: string) => boolean {
  if (!globs || globs.length === 0) return () => true;
  const patterns = globs.map((g) => (g.includes('/') ? (g.startsWith('**/') || g.startsWith('/') ? g : `**/${g}`) : `**/${g}`));
  const isMatch = picomatch(patterns, { dot: true });
  return (uri) => {
    let path = uri.replace(/^file:\/\//, '');
    try {
      path = decodeURIComponent(path);
    } catch {
      /* keep it encoded */
    }
    return isMatch(path.replace(/\\/g, '/'));
  };
}

/**
 * Completion for a custom form: the pattern before `(?<name>` is the opener, and the literal text
 * after the group (ignoring optional whitespace) is the closer. Patterns too clever for that get
 * no completion rather than a wrong one.
 */
function slotPattern(
  pattern: string,
  caseSensitive: boolean,
): { opener: LineMatcher; closer?: string; format?: (name: string) => string } | undefined {
  const open = pattern.indexOf('(?<name>');
  if (open <= 0) return undefined;
  const close = groupEnd(pattern, open);
  if (close < 0) return undefined;
  const before = pattern.slice(0, open);
  const after = pattern.slice(close + 1).replace(/\$$/, '');
  const compiled = compileLinear(`(?:${before})([A-Za-z0-9_]*)$`, caseSensitive);
  if (typeof compiled === 'string') return undefined;
  const opener = execLike(compiled);
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
  let depth = 0,
    inClass = false;
  for (let i = start; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
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

/**
 * A user's pattern compiled for RE2 (linear time), or why it cannot be: invalid, or using what
 * only a backtracking engine can do (lookarounds, backreferences).
 */
function compileLinear(pattern: string, caseSensitive: boolean): RE2JS | string {
  try {
    return RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : 'error';
    try {
      new RegExp(pattern);
    } catch (jsError) {
      return `the pattern is not a valid regular expression (${(jsError as Error).message})`;
    }
    return `the pattern uses something SecretRef's linear-time matcher does not support (${why}), such as a lookahead, a lookbehind or a backreference; custom patterns run in linear time so that none can stall the editor or a CI job. Rewrite it without them`;
  }
}

/** `exec` over RE2, for `slotAt`: the whole match and the last group, as a RegExp answers. */
function execLike(re: RE2JS): LineMatcher {
  return {
    exec(text: string): RegExpExecArray | null {
      const m = re.matcher(text);
      if (!m.find()) return null;
      const groups: string[] = [];
      for (let g = 0; g <= m.groupCount(); g++) groups.push(m.group(g) ?? '');
      return Object.assign(groups, { index: m.start(), input: text, groups: undefined }) as RegExpExecArray;
    },
  };
}
