// What reading scope costs an open document while someone types, in the server's own steps
// (a ParsedDocument from the previous version and the edits, the incremental analysis, else a
// full one): the monorepo's YAML and JSON configs and a listener, each typed into with and without
// scope contexts (`scopes: true | false`), against a manifest store in which no secret is limited
// to apps or environments (`StoreSnapshot.scopesMatter` false). CPU time per keystroke, the two
// variants interleaved, median of several runs.
//   node --import tsx bench/scopeTyping.ts [keystrokes=300] [runs=7]
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeDocument, type AnalysisResult } from '../server/src/analysis/analyze';
import { ParsedDocument } from '../server/src/analysis/document';
import { analyzeAfterEdits } from '../server/src/analysis/incremental';
import { StoreSnapshot } from '../server/src/analysis/model/store';
import { DEFAULT_SETTINGS } from '../server/src/analysis/model/types';
import type { TextChange } from '../server/src/analysis/text/textChange';
import { integrationMonorepo } from './monorepo';
import { machine, median } from './stats';

interface Shape {
  label: string;
  uri: string;
  text: string;
  /** Where a character is typed (and deleted again): inside a value, as someone editing one. */
  at: number;
}

function shapes(): Shape[] {
  const dir = mkdtempSync(join(tmpdir(), 'secretref-scope-'));
  try {
    integrationMonorepo(dir, 1, 3);
    const pick = (sub: string, ext: string) => {
      const folder = join(dir, sub);
      for (const d of readdirSync(folder, { recursive: true, encoding: 'utf8' }))
        if (d.endsWith(ext)) return { file: join(folder, d), text: readFileSync(join(folder, d), 'utf8') };
      throw new Error(`no ${ext} file in the generated ${sub}/`);
    };
    const yaml = pick('configs', '.yaml');
    const json = pick('configs', '.json');
    const listener = pick('integrations', 'listener.js');
    const inValue = (text: string, needle: string) => text.indexOf(needle) + needle.length;
    return [
      { label: 'YAML config', uri: `file://${yaml.file}`, text: yaml.text, at: inValue(yaml.text, 'X-Trace: "service-') },
      { label: 'JSON config', uri: `file://${json.file}`, text: json.text, at: inValue(json.text, '"endpoint": "https://') },
      { label: 'JS listener', uri: `file://${listener.file}`, text: listener.text, at: inValue(listener.text, "fetch('https://") },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU microseconds per keystroke over `keystrokes` edits (type a character, then delete it). */
function typing(shape: Shape, store: StoreSnapshot, scopes: boolean, keystrokes: number): number {
  const settings = DEFAULT_SETTINGS;
  const now = new Date();
  let doc = new ParsedDocument({ uri: shape.uri, text: shape.text, scopes }, settings.maxParseBytes);
  let result: AnalysisResult = analyzeDocument(doc, store, settings, now);
  let text = shape.text;
  const start = process.cpuUsage();
  for (let i = 0; i < keystrokes; i++) {
    const edit: TextChange = i % 2 === 0 ? { start: shape.at, end: shape.at, text: 'x' } : { start: shape.at, end: shape.at + 1, text: '' };
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const next = new ParsedDocument({ uri: shape.uri, text, scopes }, settings.maxParseBytes, { doc, edits: [edit] });
    result =
      analyzeAfterEdits(next, { doc, result, now, edits: [edit] }, store, settings, now) ?? analyzeDocument(next, store, settings, now);
    doc = next;
  }
  const used = process.cpuUsage(start);
  if (result.references.length === 0) throw new Error(`${shape.label}: no references found; the shape is not what this measures`);
  return (used.user + used.system) / keystrokes;
}

function main(): void {
  const keystrokes = Number(process.argv[2] ?? 300);
  const runs = Number(process.argv[3] ?? 7);
  const all = shapes();
  // The monorepo's manifest: names and descriptions, no scope or environments.
  const names = new Set(all.flatMap((s) => [...s.text.matchAll(/SERVICE_\d{4}_API_KEY/g)].map((m) => m[0])));
  const store = new StoreSnapshot(
    [...names].map((name) => ({ name, level: 'manifest' as const })),
    { valuesKnown: false },
  );
  if (store.scopesMatter) throw new Error('the store must have no scoped secret');
  const m = machine();
  console.log(`${m.cpu} ×${m.nproc}, Node ${m.node}, ${m.date}, load ${m.load}; ${keystrokes} keystrokes × ${runs} runs`);
  for (const shape of all) {
    const on: number[] = [];
    const off: number[] = [];
    typing(shape, store, true, 20);
    typing(shape, store, false, 20);
    for (let r = 0; r < runs; r++) {
      // A/B interleaved: a neighbour's load falls on both.
      on.push(typing(shape, store, true, keystrokes));
      off.push(typing(shape, store, false, keystrokes));
    }
    const a = median(on),
      b = median(off);
    console.log(
      `${shape.label.padEnd(12)} ${shape.text.length} chars: scopes read ${a.toFixed(0)} µs/keystroke, not read ${b.toFixed(0)} µs (${(a / b).toFixed(2)}×)`,
    );
  }
}

if (require.main === module) main();
