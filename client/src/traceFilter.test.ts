// The language server trace as vscode-jsonrpc writes it (a real connection pair, verbose, in both
// trace formats), through the filter the client puts in front of its output channel.
import { strict as assert } from 'node:assert';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, Trace, TraceFormat, type Tracer } from 'vscode-jsonrpc/node';
import { filteredTraceChannel, withoutDocumentText } from './traceFilter';
import { fakeCredential } from '../../test/util/credentials';

/** Sends `send` from one end of a traced connection to the other; returns what the trace channel got. */
async function traced(format: TraceFormat, send: Array<{ method: string; params: unknown }>): Promise<string[]> {
  const toServer = new PassThrough(),
    toClient = new PassThrough();
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const server = createMessageConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const lines: string[] = [];
  const channel = filteredTraceChannel({
    name: 'SecretRef',
    trace: (m: string) => {
      lines.push(m);
    },
  });
  // As vscode-languageclient's tracer hands messages to its trace channel.
  const tracer: Tracer = {
    log: (m: unknown, data?: string) => {
      channel.trace(typeof m === 'string' ? (data ? `${m}\n${data}` : m) : JSON.stringify(m));
    },
  };
  const got = new Promise<void>((resolve) => {
    let n = 0;
    server.onNotification(() => {
      if (++n === send.length) resolve();
    });
  });
  server.listen();
  client.listen();
  await client.trace(Trace.Verbose, tracer, { sendNotification: false, traceFormat: format });
  for (const s of send) await client.sendNotification(s.method, s.params);
  await got;
  client.dispose();
  server.dispose();
  return lines;
}

describe('the language server trace', () => {
  const credential = fakeCredential('Stripe');
  const opened = `const stripe = "${credential}";\nconst quote = "a \\"b\\" c";\n`;
  const messages = [
    {
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: 'file:///w/pay.ts', languageId: 'typescript', version: 1, text: opened } },
    },
    {
      method: 'textDocument/didChange',
      params: {
        textDocument: { uri: 'file:///w/pay.ts', version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `// ${credential}\n` }],
      },
    },
    { method: 'textDocument/didSave', params: { textDocument: { uri: 'file:///w/pay.ts' }, text: opened } },
  ];

  for (const format of [TraceFormat.Text, TraceFormat.JSON]) {
    it(`keeps every message but no document text (${format} format)`, async () => {
      const lines = await traced(format, messages);
      const all = lines.join('\n');
      assert.equal(lines.length, 3);
      assert.ok(!all.includes(credential.slice(8)), 'no part of the credential reaches the trace');
      assert.ok(!all.includes('const stripe'), 'no document text reaches the trace');
      for (const m of ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didSave']) assert.ok(all.includes(m), m);
      assert.ok(all.includes('file:///w/pay.ts'), 'names (uris) stay');
      assert.ok(all.includes(`<${opened.length} characters of document text left out>`), all);
      assert.ok(all.includes(`<${credential.length + 4} characters of document text left out>`), all);
    });
  }

  it('leaves the rest of a message as it was', () => {
    const line =
      '[Trace] Received response \'textDocument/hover\'.\nResult: {\n    "contents": { "kind": "markdown", "value": "**KNOWN**" }\n}';
    assert.equal(withoutDocumentText(line), line);
  });
});
