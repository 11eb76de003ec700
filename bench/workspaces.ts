// Generated inputs for the editor benchmarks: a 10,000-line TypeScript file that uses
// many of 2,000 secrets, and a 5,000-file workspace where one secret is used in 200 places.
// Names only, never values: the store the server gets is names and metadata.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretInfo } from '../server/src/analysis/model/types';

export const secretName = (i: number): string => `SERVICE_${String(i).padStart(4, '0')}_API_KEY`;

export function storeOf(count: number): SecretInfo[] {
  const out: SecretInfo[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      name: secretName(i),
      description: `Key of service ${i}`,
      scope: i % 10 === 0 ? ['billing'] : undefined,
      envs: i % 7 === 0 ? ['prd'] : undefined,
      level: i % 2 ? 'workspace' : 'user',
      hasValue: true,
    });
  }
  return out;
}

export interface BigFile {
  text: string;
  lines: number;
  /** Zero-based line of `'$Token{SERVICE_` where the benchmark completes, and the character after it. */
  completionLine: number;
  completionCharacter: number;
}

/** A 10,000-line TS config module: app blocks with $Token references, comments and plain code. */
export function bigTsFile(lines = 10_000, secrets = 2_000): BigFile {
  const out: string[] = ['// Generated for the SecretRef latency benchmark.', 'export const apps = ['];
  let k = 0;
  while (out.length < lines - 12) {
    const app = `app_${k % 50}`;
    out.push(
      '  {',
      `    access_tag: '${app}',`,
      `    envs: [{ app_env_slug: 'prd', product_env_slug: 'prd', auth: [{ data: { api_key: '$Token{${secretName((k * 7) % secrets)}}' } }] }],`,
      `    headers: { 'X-Key': '{{Secrets.${secretName((k * 13 + 1) % secrets)}}}', 'X-Trace': String(${k}) },`,
      `    retries: ${k % 5}, timeoutMs: ${1000 + (k % 9) * 250}, // plain settings between references`,
      '  },',
    );
    k++;
  }
  const completionLine = out.length + 1;
  const prefix = `    probe: { api_key: '$Token{SERVICE_`;
  out.push('  {', prefix, '  },');
  while (out.length < lines - 1) out.push('  // padding');
  out.push('];');
  return { text: out.join('\n') + '\n', lines: out.length, completionLine, completionCharacter: prefix.length };
}

export interface Workspace {
  dir: string;
  files: number;
  /** The secret used in `uses` places, and one file + position of a use, for references and rename. */
  hot: { name: string; uses: number; file: string; line: number; character: number };
}

/** 5,000 files: TS integrations-style modules, JSON configs and YAML tasks, 40-60 lines each. */
export function workspace5000(dir: string, files = 5_000, hotUses = 200): Workspace {
  rmSync(dir, { recursive: true, force: true });
  const hotName = 'SHARED_WEBHOOK_SECRET';
  let hotPlaced = 0;
  let hotAt: Workspace['hot'] | undefined;
  for (let i = 0; i < files; i++) {
    const sub = join(dir, `pkg${Math.floor(i / 250)}`, ['src', 'config', 'tasks'][i % 3]);
    mkdirSync(sub, { recursive: true });
    const useHot = hotPlaced < hotUses && i % Math.floor(files / hotUses) === 0;
    const name = secretName(i % 2000);
    let text: string;
    let file: string;
    let hotLine = -1,
      hotChar = -1;
    if (i % 3 === 0) {
      file = join(sub, `module${i}.ts`);
      const body: string[] = [
        `// module ${i}`,
        `import { client } from './client';`,
        '',
        `export const config${i} = {`,
        `  access_tag: 'app_${i % 50}',`,
      ];
      body.push(`  key: '$Token{${name}}',`);
      if (useHot) {
        hotLine = body.length;
        body.push(`  webhook: '$Token{${hotName}}',`);
        hotChar = body[hotLine].indexOf(hotName);
      }
      for (let j = 0; j < 40; j++) body.push(`  field${j}: ${j * i},`);
      body.push('};', `export function run${i}() { return client.get('/v1/items/${i}'); }`);
      text = body.join('\n') + '\n';
    } else if (i % 3 === 1) {
      file = join(sub, `service${i}.json`);
      const obj: Record<string, unknown> = {
        app: `app_${i % 50}`,
        endpoint: `https://service${i}.example.test`,
        auth: { token: `{{Secrets.${name}}}` },
      };
      for (let j = 0; j < 30; j++) obj[`option${j}`] = j;
      if (useHot) obj.signing_secret = `$Token{${hotName}}`;
      text = JSON.stringify(obj, null, 2) + '\n';
      if (useHot) {
        const lines = text.split('\n');
        hotLine = lines.findIndex((l) => l.includes(hotName));
        hotChar = lines[hotLine].indexOf(hotName);
      }
    } else {
      file = join(sub, `task${i}.yaml`);
      const lines = [
        `name: task-${i}`,
        'steps:',
        '  - name: fetch',
        `    secret_name: '${name.toLowerCase()}'`,
        `    url: https://api${i}.example.test`,
      ];
      if (useHot) {
        hotLine = lines.length;
        lines.push(`    signing: "$Token{${hotName}}"`);
        hotChar = lines[hotLine].indexOf(hotName);
      }
      for (let j = 0; j < 40; j++) lines.push(`  - name: step${j}`, `    run: echo ${j}`);
      text = lines.join('\n') + '\n';
    }
    writeFileSync(file, text);
    if (useHot) {
      hotPlaced++;
      hotAt ??= { name: hotName, uses: 0, file, line: hotLine, character: hotChar };
    }
  }
  writeFileSync(
    join(dir, 'secretref.json'),
    JSON.stringify({ secrets: { [hotName]: { description: 'Webhook signing secret' } } }, null, 2),
  );
  return { dir, files: files + 1, hot: { ...hotAt!, uses: hotPlaced } };
}

/** 5,000 files of ordinary code and config with no secret reference, no integration, no manifest. */
export function plainWorkspace(dir: string, files = 5_000): { dir: string; files: number; open: string } {
  rmSync(dir, { recursive: true, force: true });
  let open = '';
  for (let i = 0; i < files; i++) {
    const sub = join(dir, `pkg${Math.floor(i / 250)}`, ['src', 'config', 'tasks'][i % 3]);
    mkdirSync(sub, { recursive: true });
    if (i % 3 === 0) {
      const body = [`// module ${i}`, `export const config${i} = {`];
      for (let j = 0; j < 40; j++) body.push(`  field${j}: ${j * i},`);
      body.push('};');
      writeFileSync(join(sub, `module${i}.ts`), body.join('\n') + '\n');
    } else if (i % 3 === 1) {
      const obj: Record<string, unknown> = { name: `service${i}`, endpoint: `https://service${i}.example.test` };
      for (let j = 0; j < 30; j++) obj[`option${j}`] = j;
      const file = join(sub, `service${i}.json`);
      writeFileSync(file, JSON.stringify(obj, null, 2) + '\n');
      open ||= file;
    } else {
      const lines = [`name: task-${i}`, 'steps:'];
      for (let j = 0; j < 40; j++) lines.push(`  - name: step${j}`, `    run: echo ${j}`);
      writeFileSync(join(sub, `task${i}.yaml`), lines.join('\n') + '\n');
    }
  }
  return { dir, files, open };
}
