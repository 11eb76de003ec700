// A generated integration-heavy monorepo: thousands of integration modules (`metadata` +
// `run(context, secrets)` in CommonJS, ESM and TypeScript, with `requiredSecrets`,
// `secrets.X`, `process.env.INTEGRATION_X`, and event listeners with `event.secrets('X')`)
// and thousands of YAML and JSON configs with Ductape's `$Token{}` / `$Secret{}`,
// `{{Secrets.X}}` and `app:` / `env:` scope keys. The shape of the repositories the issue about
// slow integration-heavy checks was measured on. Names only, never values: the one
// credential-looking string per hundred files is a public documentation example.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workspace } from './workspaces';

const secret = (i: number): string => `SVC_${String(i % 400).padStart(3, '0')}_TOKEN`;
const apps = ['billing', 'checkout', 'search', 'crm', 'ledger'];
const envs = ['dev', 'stg', 'prd'];

/** One integration module, 60–90 lines, in one of three module styles. */
function integration(i: number): { file: string; text: string } {
  const a = secret(i),
    b = secret(i + 1),
    c = secret(i + 200);
  const style = i % 3;
  const body: string[] = [];
  const meta = [
    `  name: 'integration-${i}',`,
    `  description: 'Syncs records of service ${i} into the warehouse',`,
    `  requiredSecrets: ['${a}', '${b}', '${c}'],`,
  ];
  const runBody = [
    `  const base = context.baseUrl || 'https://api${i}.example.test/v2';`,
    `  const headers = { Authorization: 'Bearer ' + secrets.${a}, 'X-Client': secrets.${b} };`,
    `  const region = process.env.INTEGRATION_${c} ? 'eu' : 'us';`,
    '  const items = [];',
    '  let cursor = undefined;',
    '  for (let page = 0; page < 20; page++) {',
    "    const res = await context.http.get(base + '/items', { headers, params: { cursor, region } });",
    '    if (!res.ok) throw new Error(`request failed with ${res.status}`);',
    '    for (const item of res.data.items) {',
    "      items.push({ id: item.id, name: item.name, updated: item.updated_at, source: 'integration-" + i + "' });",
    '    }',
    '    cursor = res.data.next;',
    '    if (!cursor) break;',
    '  }',
    "  context.log.info('synced', { count: items.length });",
    // A few real findings, so a change that alters them shows in the report's counts: a logged
    // secret in every fiftieth integration, an undeclared one in every seventieth.
    ...(i % 50 === 0 ? [`  console.log('using key', secrets.${b});`] : []),
    ...(i % 70 === 0 ? [`  if (!secrets.${secret(i + 100)}) context.log.warn('no fallback key');`] : []),
    '  return { items, count: items.length };',
  ];
  const helpers: string[] = [];
  for (let j = 0; j < 8; j++) {
    helpers.push(
      `function normalize${j}(record) {`,
      `  const out = { ...record, kind: 'k${j}' };`,
      `  if (out.amount != null) out.amount = Math.round(out.amount * ${j + 1}) / ${j + 1};`,
      '  return out;',
      '}',
    );
  }
  if (style === 0) {
    body.push(
      `// Integration ${i} (CommonJS).`,
      "'use strict';",
      ...helpers,
      'module.exports = {',
      '  metadata: {',
      ...meta.map((l) => '  ' + l),
      '  },',
      '  async run(context, secrets = {}) {',
      ...runBody.map((l) => '  ' + l),
      '  },',
      '};',
    );
    return { file: `integrations/int${i}/index.js`, text: body.join('\n') + '\n' };
  }
  if (style === 1) {
    body.push(
      `// Integration ${i} (ES module).`,
      ...helpers,
      'export const metadata = {',
      ...meta,
      '};',
      '',
      'export async function run(context, secrets = {}) {',
      ...runBody,
      '}',
    );
    return { file: `integrations/int${i}/index.mjs`, text: body.join('\n') + '\n' };
  }
  body.push(
    `// Integration ${i} (TypeScript).`,
    "import type { Context, Secrets } from '../../types';",
    ...helpers.map((l) =>
      l
        .replace(/\(record\)/, '(record: Record<string, unknown>): Record<string, unknown>')
        .replace('out.amount * ', 'Number(out.amount) * '),
    ),
    'export const metadata = {',
    ...meta,
    '} as const;',
    '',
    'export async function run(context: Context, secrets: Secrets = {}): Promise<{ count: number }> {',
    ...runBody.map((l) =>
      l
        .replace('const items = [];', 'const items: unknown[] = [];')
        .replace('let cursor = undefined;', 'let cursor: string | undefined = undefined;'),
    ),
    '}',
  );
  return { file: `integrations/int${i}/index.ts`, text: body.join('\n') + '\n' };
}

/** An event listener module beside every tenth integration: `event.secrets('X')`. */
function listener(i: number): { file: string; text: string } {
  const a = secret(i),
    b = secret(i + 2);
  const lines = [
    `// Listener for integration ${i}'s webhooks.`,
    `export async function onWebhook${i}(event) {`,
    `  const signing = await event.secrets('${a}');`,
    `  const api = await event.secrets('${b}', { optional: true });`,
    '  if (!verify(event.body, event.headers, signing)) return { status: 401 };',
    "  await fetch('https://hooks.example.test/forward', { method: 'POST', headers: { 'X-Api': api }, body: event.body });",
    '  return { status: 200 };',
    '}',
    'function verify(body, headers, key) {',
    "  return typeof key === 'string' && typeof headers['x-signature'] === 'string' && body.length > 0;",
    '}',
  ];
  return { file: `integrations/int${i}/listener.js`, text: lines.join('\n') + '\n' };
}

/** One config, 50–80 lines: YAML (two of three) or JSON, with scoped references. */
function config(i: number): { file: string; text: string } {
  const app = apps[i % apps.length],
    env = envs[i % envs.length];
  const a = secret(i * 3),
    b = secret(i * 5 + 1),
    c = secret(i * 11 + 2);
  if (i % 3 !== 2) {
    const lines = [
      `# Deployment of service ${i}.`,
      `name: service-${i}`,
      `app: ${app}`,
      'settings:',
      '  retries: 3',
      `  timeout_ms: ${1000 + (i % 9) * 250}`,
      'environments:',
    ];
    for (const e of envs) {
      lines.push(
        `  - env: ${e}`,
        '    auth:',
        `      api_key: "$Token{${a}}"`,
        `      client_secret: "$Secret{${b}}"`,
        '    headers:',
        `      X-Service: "{{Secrets.${c}}}"`,
        `      X-Trace: "service-${i}-${e}"`,
        `    endpoint: https://${e}.service${i}.example.test`,
      );
    }
    for (let j = 0; j < 12; j++)
      lines.push(`  # step ${j}`, `step_${j}:`, `  run: ./scripts/step${j}.sh --service ${i}`, `  cache: ${j % 2 === 0}`);
    return { file: `configs/${app}/service${i}.yaml`, text: lines.join('\n') + '\n' };
  }
  const obj: Record<string, unknown> = {
    app,
    env,
    endpoint: `https://${env}.service${i}.example.test`,
    auth: { api_key: `$Token{${a}}`, client_secret: `$Secret{${b}}` },
    headers: { 'X-Service': `{{Secrets.${c}}}` },
  };
  for (let j = 0; j < 30; j++) obj[`option${j}`] = j % 3 === 0 ? `value-${j}` : j;
  return { file: `configs/${app}/service${i}.json`, text: JSON.stringify(obj, null, 2) + '\n' };
}

/**
 * `integrations` integration modules (and a listener beside every tenth) plus `configs` configs,
 * with a `secretref.json` declaring the 400 secret names they use. Returns a Workspace whose
 * hot secret is the first one, for the references and rename timings.
 */
export function integrationMonorepo(dir: string, integrations = 2_000, configs = 2_000): Workspace {
  rmSync(dir, { recursive: true, force: true });
  let files = 0;
  const put = (f: { file: string; text: string }) => {
    const p = join(dir, f.file);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, f.text);
    files++;
    return f;
  };
  let hot: Workspace['hot'] | undefined;
  let uses = 0;
  const hotName = secret(0);
  for (let i = 0; i < integrations; i++) {
    const f = put(integration(i));
    if (f.text.includes(hotName)) uses++;
    if (i % 10 === 0 && put(listener(i)).text.includes(hotName)) uses++;
    if (!hot && f.text.includes(`secrets.${hotName}`)) {
      const lines = f.text.split('\n');
      const line = lines.findIndex((l) => l.includes(`secrets.${hotName}`));
      hot = { name: hotName, uses: 0, file: join(dir, f.file), line, character: lines[line].indexOf(hotName) };
    }
  }
  for (let i = 0; i < configs; i++) if (put(config(i)).text.includes(hotName)) uses++;
  const secrets: Record<string, { description: string }> = {};
  for (let i = 0; i < 400; i++) secrets[secret(i)] = { description: `Token of service ${i}` };
  writeFileSync(join(dir, 'secretref.json'), JSON.stringify({ secrets }, null, 2) + '\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'integrations-monorepo', private: true }, null, 2) + '\n');
  // A repository root (paths in reports are relative to it), and secretlint's rule set.
  mkdirSync(join(dir, '.git'), { recursive: true });
  writeFileSync(
    join(dir, '.secretlintrc.json'),
    JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2),
  );
  return { dir, files: files + 2, hot: { ...hot!, uses } };
}

if (require.main === module) {
  const ws = integrationMonorepo(
    process.argv[2] ?? join(__dirname, '..', '.bench', 'monorepo'),
    Number(process.argv[3] ?? 2000),
    Number(process.argv[4] ?? 2000),
  );
  console.log(`${ws.files} files in ${ws.dir}`);
}
