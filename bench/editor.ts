// Editor latency over LSP against the real server process: completion and pulled
// diagnostics right after a one-character edit in a 10,000-line file with 2,000 secrets
// in the store; and a cold index of 5,000 files, its memory, find-references and rename.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { percentile, median } from './stats';
import { startServer, timed } from './lspClient';
import { bigTsFile, storeOf, workspace5000, type Workspace } from './workspaces';

export interface LatencyResult {
  lines: number;
  secrets: number;
  samples: number;
  completion: { p50: number; p99: number; items: number };
  diagnostics: { p50: number; p99: number; count: number };
}

interface CompletionList {
  items: unknown[];
}
interface DiagnosticReport {
  items: unknown[];
}

export async function measureLatency(samples: number, nodeArgs: string[] = []): Promise<LatencyResult> {
  const secrets = storeOf(2_000);
  const big = bigTsFile(10_000, secrets.length);
  const server = await startServer({ secrets, nodeArgs });
  try {
    const uri = 'file:///bench/latency/apps.ts';
    let version = 1;
    await server.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'typescript', version, text: big.text },
    });
    // The editor's first pull after opening: not counted (it is the cold parse).
    await server.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });

    const line = big.completionLine;
    let typed = '';
    const completion: number[] = [];
    const diagnostics: number[] = [];
    let items = 0,
      count = 0;
    const letters = '0123456789';
    for (let i = 0; i < samples + 10; i++) {
      // Type one character at the name slot (or delete it again), as someone typing a name does.
      const deleting = typed.length >= 3;
      const ch = letters[i % letters.length];
      const col = big.completionCharacter + typed.length;
      const change = deleting
        ? { range: { start: { line, character: col - 1 }, end: { line, character: col } }, text: '' }
        : { range: { start: { line, character: col }, end: { line, character: col } }, text: ch };
      typed = deleting ? typed.slice(0, -1) : typed + ch;
      if (deleting) typed = '';
      await server.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
      const [cms, list] = await timed(() =>
        server.conn.sendRequest<CompletionList | unknown[]>('textDocument/completion', {
          textDocument: { uri },
          position: { line, character: big.completionCharacter + typed.length },
          context: { triggerKind: 1 },
        }),
      );

      // Then a separate edit elsewhere (a comment line), and the pull the editor makes for it.
      const padLine = 5 + ((i * 37) % 9000);
      await server.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: { line: padLine, character: 0 }, end: { line: padLine, character: 0 } }, text: ' ' }],
      });
      const [dms, report] = await timed(() =>
        server.conn.sendRequest<DiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }),
      );
      await server.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: ++version },
        contentChanges: [{ range: { start: { line: padLine, character: 0 }, end: { line: padLine, character: 1 } }, text: '' }],
      });
      if (i >= 10) {
        // The first ten warm the JIT, as the first keystrokes of a session do.
        completion.push(cms);
        diagnostics.push(dms);
        items = Math.max(items, Array.isArray(list) ? list.length : list.items.length);
        count = report.items.length;
      }
    }
    return {
      lines: big.lines,
      secrets: secrets.length,
      samples,
      completion: { p50: percentile(completion, 50), p99: percentile(completion, 99), items },
      diagnostics: { p50: percentile(diagnostics, 50), p99: percentile(diagnostics, 99), count },
    };
  } finally {
    await server.stop();
  }
}

export interface IndexResult {
  files: number;
  coldIndexMs: number[];
  coldIndexMedian: number;
  rssMb: number[];
  rssMedian: number;
  referencesMs: number;
  referencesFound: number;
  renameMs: number;
  renameEdits: number;
  hotUses: number;
}

interface Location {
  uri: string;
}
interface WorkspaceEdit {
  changes?: Record<string, unknown[]>;
  documentChanges?: Array<{ edits: unknown[] }>;
}

/** `make` writes the workspace (the 5,000-file one unless another is given). */
export async function measureIndex(
  dir: string,
  runs: number,
  log: (s: string) => void,
  nodeArgs: string[] = [],
  make: (dir: string) => Workspace = workspace5000,
): Promise<IndexResult> {
  const ws = make(dir);
  // The files were just written: let the kernel write them back now, or the index would
  // be timed against that write-back (runs varied from 2.3 s to 4.1 s without this).
  execFileSync('sync');
  const coldIndexMs: number[] = [],
    rssMb: number[] = [],
    refMs: number[] = [],
    renameMs: number[] = [];
  let referencesFound = 0,
    renameEdits = 0;
  for (let run = 0; run < runs; run++) {
    const server = await startServer({ folder: ws.dir, nodeArgs: run === 0 ? nodeArgs : [] });
    try {
      const ms = await Promise.race([
        server.indexed,
        new Promise<number>((_, rej) => setTimeout(() => rej(new Error('indexing did not finish within 120 s')), 120_000)),
      ]);
      coldIndexMs.push(ms);
      rssMb.push(server.rssMb());
      const uri = pathToFileURL(ws.hot.file).href;
      const languageId = ws.hot.file.endsWith('.ts')
        ? 'typescript'
        : /\.[cm]?js$/.test(ws.hot.file)
          ? 'javascript'
          : ws.hot.file.endsWith('.json')
            ? 'json'
            : 'yaml';
      await server.conn.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId, version: 1, text: readFileSync(ws.hot.file, 'utf8') },
      });
      const position = { line: ws.hot.line, character: ws.hot.character + 2 };
      for (let i = 0; i < 5; i++) {
        const [rms, locs] = await timed(() =>
          server.conn.sendRequest<Location[]>('textDocument/references', {
            textDocument: { uri },
            position,
            context: { includeDeclaration: true },
          }),
        );
        refMs.push(rms);
        referencesFound = locs?.length ?? 0;
        const [nms, edit] = await timed(() =>
          server.conn.sendRequest<WorkspaceEdit>('textDocument/rename', {
            textDocument: { uri },
            position,
            newName: 'SHARED_SIGNING_SECRET',
          }),
        );
        renameMs.push(nms);
        renameEdits = edit?.changes
          ? Object.values(edit.changes).reduce((n, e) => n + e.length, 0)
          : (edit?.documentChanges ?? []).reduce((n, d) => n + (d.edits?.length ?? 0), 0);
      }
      log(
        `  index run ${run + 1}/${runs}: ${ms.toFixed(0)} ms, RSS ${rssMb[rssMb.length - 1].toFixed(0)} MB, references ${median(refMs).toFixed(1)} ms (${referencesFound}), rename ${median(renameMs).toFixed(1)} ms (${renameEdits} edits)`,
      );
    } finally {
      await server.stop();
    }
  }
  return {
    files: ws.files,
    coldIndexMs,
    coldIndexMedian: median(coldIndexMs),
    rssMb,
    rssMedian: median(rssMb),
    referencesMs: median(refMs),
    referencesFound,
    renameMs: median(renameMs),
    renameEdits,
    hotUses: ws.hot.uses,
  };
}
