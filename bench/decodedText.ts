// Which files `secretref check` decodes whole, and why: per file, the reader that first asked for
// the whole text (`TextSource.full()`, as `textOf` in cli/scan.ts hands it over) and every reader
// of `ParsedDocument.text` after it; then how many of those bytes lie on lines holding a
// credential keyword (what a scan of those lines alone would still decode), and what decoding
// them all costs. For deciding whether to window a consumer: it pays only for the bytes no other
// reader asks for.
//   node --import tsx bench/decodedText.ts [folder]   (default: .bench/corpus)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as jsonc from 'jsonc-parser';
import { ParsedDocument } from '../server/src/analysis/document';
import { CREDENTIAL_RULES } from '../server/src/analysis/credentials/registry';
import { foundNothing, keywordsOfBytes, type KeywordFound } from '../server/src/analysis/keywords';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { DEFAULT_SETTINGS } from '../server/src/analysis/model/types';
import { asciiSource, type TextSource } from '../server/src/analysis/text/textSource';
import { analyzeText } from '../server/src/cli/scan';
import { listProjectFiles } from '../server/src/workspace/files';
import { DEFAULT_MAX_FILE_SIZE } from '../server/src/workspace/settings';
import { median } from './stats';

const folder = process.argv[2] ?? join(__dirname, '..', '.bench', 'corpus');

/** The folder's `secretref.maxFileSize`, as `check` run there reads it (code-server's corpus sets 100 MB). */
function maxFileSize(): number {
  try {
    const settings = jsonc.parse(readFileSync(join(folder, '.vscode', 'settings.json'), 'utf8')) as Record<string, unknown>;
    const n = settings['secretref.maxFileSize'];
    return typeof n === 'number' && n > 0 ? n : DEFAULT_MAX_FILE_SIZE;
  } catch {
    return DEFAULT_MAX_FILE_SIZE;
  }
}

/** The first frame of `stack` outside the text's plumbing: the consumer that wanted the text. */
function consumer(stack: string): string {
  // `(\w+\.)?get`: the getter this script puts on `ParsedDocument.text`.
  const PLUMBING = /\b(?:full|get text|textOf|_keywords|firstMatch|has|slice)\b|^(?:\w+\.)?get$/;
  for (const line of stack.split('\n').slice(2)) {
    const name = line
      .trim()
      .replace(/^at /, '')
      .replace(/ \(.*$/, '');
    if (!PLUMBING.test(name)) return name;
  }
  return '?';
}

/** The prefilters answer through `has` → `KeywordPass.firstMatch`: they confirm a literal the pass found. */
function firstReason(stack: string): string {
  return /firstMatch/.test(stack) ? `prefilter (${consumer(stack)})` : consumer(stack);
}

interface Decoded {
  file: string;
  bytes: number;
  ascii: boolean;
  first: string;
  readers: Set<string>;
  /** Bytes on lines holding a credential keyword; undefined when a multi-line rule's keyword occurs (it reads across lines). */
  hitLines?: number;
}

function hitLineBytes(text: string, found: KeywordFound): number | undefined {
  const { hits } = found;
  let covered = 0,
    lineEnd = -1;
  for (let k = 0; k < hits.count; k++) {
    const at = hits.at[k];
    for (const [tag] of hits.automaton.hits[hits.state[k]] ?? []) if (CREDENTIAL_RULES[tag]?.multiline) return undefined;
    if (at < lineEnd) continue;
    const start = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    lineEnd = nl < 0 ? text.length : nl;
    covered += lineEnd - start;
  }
  return covered;
}

async function main(): Promise<void> {
  const limit = maxFileSize();
  const files = await listProjectFiles(folder, { blocking: true, maxFileSize: limit });
  const desc = Object.getOwnPropertyDescriptor(ParsedDocument.prototype, 'text')!;
  let readers: Set<string> | undefined;
  Object.defineProperty(ParsedDocument.prototype, 'text', {
    configurable: true,
    get(this: ParsedDocument): string {
      readers?.add(firstReason(new Error().stack ?? ''));
      return desc.get!.call(this) as string;
    },
  });
  const store = new StoreSnapshot([], { valuesKnown: false });
  const decoded: Decoded[] = [];
  let total = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    if (bytes.length > limit) continue;
    total += bytes.length;
    const found = keywordsOfBytes(bytes);
    const ascii = found?.ascii ?? false;
    let text: string | undefined;
    let entry: Decoded | undefined;
    const full = (): string => {
      if (text === undefined) {
        text = bytes.toString(ascii ? 'latin1' : 'utf8');
        decoded.push((entry = { file, bytes: bytes.length, ascii, first: firstReason(new Error().stack ?? ''), readers: new Set() }));
        readers = entry.readers;
        readers.add(entry.first);
      }
      return text;
    };
    const length = ascii ? bytes.length : bytes.toString('utf8').length;
    // As `textOf` hands it over: an ASCII file with keywords as its bytes, read line by line until
    // something asks for all of it; any other as a string (built here on first use, to see by whom).
    const lined = ascii && found && !foundNothing(found) ? asciiSource(bytes) : undefined;
    const source: TextSource = lined
      ? { ...lined, full: () => (full(), lined.full()) }
      : { length, full, slice: (start, end) => full().slice(start, end) };
    readers = undefined;
    analyzeText(file, file.slice(folder.length + 1), source, store, DEFAULT_SETTINGS, new Date(), found);
    readers = undefined;
    if (entry && text !== undefined && found) entry.hitLines = hitLineBytes(text, found);
  }
  Object.defineProperty(ParsedDocument.prototype, 'text', desc);

  const mb = (n: number) => `${(n / 1e6).toFixed(1).padStart(6)} MB`;
  const table = (title: string, keyOf: (d: Decoded) => string) => {
    const groups = new Map<string, { files: number; bytes: number; hitLines: number }>();
    for (const d of decoded) {
      const g = groups.get(keyOf(d)) ?? { files: 0, bytes: 0, hitLines: 0 };
      g.files++;
      g.bytes += d.bytes;
      g.hitLines += d.hitLines ?? d.bytes;
      groups.set(keyOf(d), g);
    }
    console.log(`\n${title}  (files, bytes decoded, of them on credential-keyword lines or multi-line)`);
    for (const [k, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes))
      console.log(`${mb(g.bytes)} ${String(g.files).padStart(5)} files ${mb(g.hitLines)}  ${k}`);
  };
  const sum = (list: Decoded[]) => list.reduce((n, d) => n + d.bytes, 0);
  console.log(`${folder}: ${files.length} files, ${mb(total)}; decoded whole: ${decoded.length} files, ${mb(sum(decoded))}`);
  const kind = (d: Decoded) => (d.ascii ? 'ASCII' : 'UTF-8');
  table('By the first reader', (d) => `${kind(d)}  ${d.first}`);
  const onlyCredentials = (d: Decoded) => [...d.readers].every((r) => /^(?:findHardcoded|scanCredentials)$/.test(r));
  const credentialsAndPrefilters = (d: Decoded) => [...d.readers].every((r) => /^(?:findHardcoded|scanCredentials|prefilter )/.test(r));
  table(
    'By who reads it at all',
    (d) =>
      `${kind(d)}  ${onlyCredentials(d) ? 'only the credential scan' : credentialsAndPrefilters(d) ? 'the credential scan and prefilters' : 'others too'}${d.hitLines === undefined ? ', multi-line keyword' : ''}`,
  );

  // What decoding the files decoded whole costs, this thread's CPU, median of 7.
  const bufs = decoded.map((d) => ({ bytes: readFileSync(d.file), ascii: d.ascii }));
  const ms: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = process.cpuUsage();
    for (const b of bufs) b.bytes.toString(b.ascii ? 'latin1' : 'utf8');
    const u = process.cpuUsage(t0);
    ms.push((u.user + u.system) / 1000);
  }
  const only = decoded.filter((d) => onlyCredentials(d) && d.hitLines !== undefined);
  const spared = only.reduce((n, d) => n + d.bytes - (d.hitLines ?? 0), 0);
  console.log(`\nDecoding them: ${median(ms).toFixed(0)} ms CPU (median of 7).`);
  console.log(
    `Scanning credential lines alone would spare at most ${mb(spared)} (files only the credential scan reads, without a multi-line keyword).`,
  );
}

void main();
