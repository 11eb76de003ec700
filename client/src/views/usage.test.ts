import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countReferences, type SendRequest } from './usage';

// A stand-in for the server's two answers, shaped as LSP sends them; the real server is
// exercised by the extension-host tests.
function server(
  symbols: Array<{ name: string; uri: string; line: number }>,
  uses: Record<string, number>,
): { send: SendRequest; asked: string[] } {
  const asked: string[] = [];
  const send = (async (method: string, params: unknown) => {
    asked.push(method);
    if (method === 'workspace/symbol') {
      return symbols.map((s) => ({
        name: s.name,
        location: { uri: s.uri, range: { start: { line: s.line, character: 0 }, end: { line: s.line, character: 1 } } },
      }));
    }
    const p = params as { position: { line: number }; context: { includeDeclaration: boolean } };
    assert.equal(p.context.includeDeclaration, false, 'declarations are not uses');
    const sym = symbols.find((s) => s.line === p.position.line)!;
    return Array.from({ length: uses[sym.name] ?? 0 }, () => ({}));
  }) as SendRequest;
  return { send, asked };
}

test('a name the index does not know is unused; declared-only names count zero uses', async () => {
  const { send } = server(
    [
      { name: 'DECLARED_ONLY', uri: 'file:///secretref.json', line: 1 },
      { name: 'USED', uri: 'file:///a.json', line: 2 },
    ],
    { USED: 3 },
  );
  const counts = await countReferences(send, ['DECLARED_ONLY', 'USED', 'NOWHERE']);
  assert.deepEqual(Object.fromEntries(counts), { DECLARED_ONLY: 0, USED: 3, NOWHERE: 0 });
});

test('case-insensitive references (templates) match the stored name ignoring case', async () => {
  const { send } = server([{ name: 'weatherapikey', uri: 'file:///api.yaml', line: 4 }], { weatherapikey: 1 });
  assert.equal((await countReferences(send, ['WeatherApiKey'])).get('WeatherApiKey'), 1);
});
