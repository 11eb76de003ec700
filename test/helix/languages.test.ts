// The Helix setup of docs/editors.md against the real server. Helix itself cannot be had here
// (not in Debian 12, no package of it in the npm registry, and building it needs crates.io), so
// this does not run `hx`: it parses the page's languages.toml as Helix would (TOML) and starts
// `dist/server.js --stdio` with what Helix sends for it — the server's `config` table as the
// initialization options, and `config.<section>` (split at dots) as the answer to each
// workspace/configuration item, as helix-term's application.rs answers it — then checks the
// diagnostics and hover a Helix user would see.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'smol-toml';
import type { Hover } from 'vscode-languageserver-protocol';
import { LspClient, messageOf, tempWorkspace } from '../protocol/lspClient';
import { docSnippet } from '../util/docSnippet';

const ROOT = join(__dirname, '..', '..');

interface LanguagesToml {
  'language-server': Record<string, { command?: string; args?: string[]; config?: Record<string, unknown> }>;
  language: Array<{ name: string; 'language-servers'?: string[] }>;
}

/** What Helix answers for a workspace/configuration item: the config, walked down the section's dot-separated parts. */
function helixConfiguration(config: Record<string, unknown>, section: string): unknown {
  let at: unknown = config;
  for (const part of section.split('.')) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[part] : undefined;
  return at ?? null;
}

/** The `secretref.*` settings VS Code has (package.json), which the server reads by the same names. */
function settingNames(): Set<string> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, unknown> } | Array<{ properties: Record<string, unknown> }> };
  };
  const sections = ([] as Array<{ properties: Record<string, unknown> }>).concat(pkg.contributes.configuration);
  return new Set(sections.flatMap((s) => Object.keys(s.properties)));
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('Helix: the languages.toml of docs/editors.md', () => {
  const toml = parse(docSnippet(join(ROOT, 'docs', 'editors.md'), 'Helix', 'toml')) as unknown as LanguagesToml;
  const server = toml['language-server']?.secretref;
  const config = server?.config ?? {};

  it('starts the npm bin with --stdio and adds SecretRef after each language’s usual server', () => {
    assert.equal(server?.command, 'secretref-language-server');
    assert.deepEqual(server?.args, ['--stdio']);
    const languages = Object.fromEntries(toml.language.map((l) => [l.name, l['language-servers'] ?? []]));
    // Helix's own languages.toml names these languages and their usual servers so.
    assert.deepEqual(languages, {
      yaml: ['yaml-language-server', 'secretref'],
      json: ['vscode-json-language-server', 'secretref'],
      javascript: ['typescript-language-server', 'secretref'],
      typescript: ['typescript-language-server', 'secretref'],
    });
  });

  it('puts under config.secretref only settings the server has, by their VS Code names without the prefix', () => {
    const known = settingNames();
    const unknown: string[] = [];
    const walk = (table: Record<string, unknown>, prefix: string): void => {
      for (const [key, value] of Object.entries(table)) {
        const name = `${prefix}.${key}`;
        if (known.has(name)) continue;
        if (value && typeof value === 'object' && !Array.isArray(value)) walk(value as Record<string, unknown>, name);
        else unknown.push(name);
      }
    };
    const settings = helixConfiguration(config, 'secretref');
    assert.ok(settings && typeof settings === 'object', 'the page has no [language-server.secretref.config.secretref] table');
    walk(settings as Record<string, unknown>, 'secretref');
    assert.deepEqual(unknown, [], `not settings of SecretRef: ${unknown.join(', ')}`);
  });

  describe('against the real server, configured as Helix configures it', () => {
    let ws: ReturnType<typeof tempWorkspace>;
    let client: LspClient;
    before(async () => {
      ws = tempWorkspace({
        '.git/HEAD': 'ref: refs/heads/main\n',
        'secretref.json': JSON.stringify({
          secrets: {
            STRIPE_KEY: {},
            // 20 days: past the default expiringSoonDays (14), within the page's 30.
            SLACK_TOKEN: { expiresAt: inDays(20) },
            // Not in the page's environment "prd", not for its app "payments".
            DEV_DB_URL: { envs: ['dev'] },
            LEDGER_KEY: { scope: ['billing'] },
          },
        }),
        'payments.yaml':
          'payments:\n  api_key: "$Token{STRIPE_KY}"\n  slack: "$Token{SLACK_TOKEN}"\n  db: "$Token{DEV_DB_URL}"\n  ledger: "$Token{LEDGER_KEY}"\n',
        // Excluded by the page's files.exclude ("fixtures/**").
        'fixtures/sample.yaml': 'sample: "$Token{STRIPE_KY}"\n',
      });
      client = await LspClient.start({
        root: ws.root,
        initializationOptions: config,
        settings: helixConfiguration(config, 'secretref') as Record<string, unknown>,
      });
    });
    after(async () => {
      await client?.stop();
      ws?.dispose();
    });

    it('shows the settings’ and initialization options’ effect in diagnostics and hovers', async () => {
      // Nothing else the server asks for is in the page's config: Helix answers null, as the client here does.
      assert.equal(helixConfiguration(config, 'files.exclude'), null);
      const uri = ws.uri('payments.yaml');
      await client.open(uri, readFileSync(join(ws.root, 'payments.yaml'), 'utf8'));
      const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length >= 4, 30_000);
      const seen = diagnostics.map((d) => `${d.range.start.line + 1} ${String(d.code)} ${messageOf(d)}`).sort();
      assert.equal(seen.length, 4, seen.join('\n'));
      assert.equal(seen[0], "2 unknown-secret Secret 'STRIPE_KY' not found (did you mean 'STRIPE_KEY'?)");
      // config.secretref.expiringSoonDays = 30 reached the server as a setting …
      assert.match(seen[1], /^3 expiring-soon Secret 'SLACK_TOKEN' expires in (19|20|21) days$/);
      // … and config.environment / config.app as initialization options.
      assert.equal(seen[2], "4 env-unavailable Secret 'DEV_DB_URL' is not available in environment 'prd'");
      assert.equal(seen[3], "5 out-of-scope Secret 'LEDGER_KEY' is not accessible by app 'payments'");

      // config.secretref.files.exclude: the copy under fixtures/ is not counted.
      await client.indexed();
      const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 22 } });
      const text = typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : JSON.stringify(hover.contents);
      assert.match(text, /unknown secret/, text);
      assert.match(text, /Used in 1 file\b/, text);
    });
  });
});
