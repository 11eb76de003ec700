// The extension manifest (package.json) as VS Code and the Marketplace read it: what a user
// sees in the Settings UI, the command palette, menus and the walkthrough must all resolve.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

const root = join(__dirname, '..', '..');

interface SettingSchema {
  description?: string;
  markdownDescription?: string;
  default?: unknown;
}
interface CommandContribution {
  command: string;
  title?: string;
  category?: string;
}
interface MenuItem {
  command?: string;
  submenu?: string;
}
interface WalkthroughStep {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; svg?: string };
  completionEvents?: string[];
}
interface Manifest {
  icon?: string;
  main?: string;
  activationEvents?: string[];
  capabilities?: {
    untrustedWorkspaces?: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces?: boolean | { supported: boolean | 'limited'; description?: string };
  };
  contributes: {
    commands?: CommandContribution[];
    configuration?:
      | { title?: string; properties?: Record<string, SettingSchema> }
      | Array<{ title?: string; properties?: Record<string, SettingSchema> }>;
    menus?: Record<string, MenuItem[]>;
    jsonValidation?: Array<{ fileMatch: string | string[]; url: string }>;
    walkthroughs?: Array<{ id: string; title: string; steps: WalkthroughStep[] }>;
    viewsContainers?: Record<string, Array<{ id: string; icon?: string }>>;
    views?: Record<string, Array<{ id: string; icon?: string }>>;
  };
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const commands = pkg.contributes.commands ?? [];
const commandIds = new Set(commands.map((c) => c.command));

function settings(): Array<[string, SettingSchema]> {
  const c = pkg.contributes.configuration;
  const sections = Array.isArray(c) ? c : c ? [c] : [];
  return sections.flatMap((s) => Object.entries(s.properties ?? {}));
}

describe('package.json manifest', () => {
  it('gives every setting a description and a default, so the Settings UI explains it', () => {
    const bad = settings()
      .filter(([, s]) => !(s.description ?? s.markdownDescription)?.trim() || s.default === undefined)
      .map(([k]) => k);
    assert.deepEqual(bad, [], `settings without a description or a default: ${bad.join(', ')}`);
  });

  it('titles every settings section, so the Settings UI groups them under a name', () => {
    const c = pkg.contributes.configuration;
    const sections = Array.isArray(c) ? c : c ? [c] : [];
    assert.ok(sections.length > 0, 'no contributes.configuration');
    for (const s of sections) assert.ok(s.title?.trim(), 'a configuration section without a title');
  });

  it('names every setting secretref.*', () => {
    const bad = settings()
      .map(([k]) => k)
      .filter((k) => !k.startsWith('secretref.'));
    assert.deepEqual(bad, []);
  });

  it('puts every command in the palette category "Secrets" with a title', () => {
    const bad = commands.filter((c) => c.category !== 'Secrets' || !c.title?.trim()).map((c) => c.command);
    assert.deepEqual(bad, [], `commands without category "Secrets" or a title: ${bad.join(', ')}`);
    for (const c of commands) assert.match(c.command, /^secretref\./, `${c.command} is not a secretref.* command`);
  });

  it('never activates on every start-up', () => {
    const events = pkg.activationEvents ?? [];
    assert.ok(!events.includes('*'), 'activation event "*" slows every VS Code start');
    assert.ok(!events.includes('onStartupFinished'), 'onStartupFinished activates in every workspace');
    assert.ok(events.includes('workspaceContains:secretref.json'));
  });

  it('refers only to contributed commands from menus', () => {
    const missing: string[] = [];
    for (const [menu, items] of Object.entries(pkg.contributes.menus ?? {})) {
      for (const item of items) if (item.command && !commandIds.has(item.command)) missing.push(`${menu}: ${item.command}`);
    }
    assert.deepEqual(missing, [], `menus name commands that are not contributed: ${missing.join(', ')}`);
  });

  it('validates secretref.json with a schema file that exists and is JSON', () => {
    const entries = pkg.contributes.jsonValidation ?? [];
    const forManifest = entries.filter((e) => [e.fileMatch].flat().includes('secretref.json'));
    assert.equal(forManifest.length, 1, 'secretref.json must have exactly one jsonValidation entry');
    for (const e of entries) {
      const file = join(root, e.url);
      assert.ok(existsSync(file), `jsonValidation points at ${e.url}, which does not exist`);
      const schema = JSON.parse(readFileSync(file, 'utf8')) as { type?: string; properties?: object };
      assert.ok(schema.type === 'object' || schema.properties, `${e.url} does not describe an object`);
    }
  });

  it('has a walkthrough whose media exist and whose links run contributed commands', () => {
    const walkthroughs = pkg.contributes.walkthroughs ?? [];
    assert.ok(walkthroughs.length > 0, 'no walkthrough');
    for (const w of walkthroughs) {
      assert.ok(w.steps.length >= 3, `${w.id}: create, reference, run`);
      for (const step of w.steps) {
        const media = step.media.markdown ?? step.media.image ?? step.media.svg;
        assert.ok(media && existsSync(join(root, media)), `${w.id}/${step.id}: media ${media} does not exist`);
        const linked = [...step.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
        const events = (step.completionEvents ?? []).filter((e) => e.startsWith('onCommand:')).map((e) => e.slice(10));
        for (const id of [...linked, ...events].filter((c) => c.startsWith('secretref.'))) {
          assert.ok(commandIds.has(id), `${w.id}/${step.id} runs ${id}, which is not a contributed command`);
        }
      }
    }
  });

  it('declares limited support for Restricted Mode and virtual workspaces, and says why', () => {
    const trust = pkg.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.match(trust?.description ?? '', /run/i, 'the description must say that runs are disabled');
    // A workspace-supplied regex runs in the language server: an untrusted folder must not set one.
    const restricted = trust?.restrictedConfigurations ?? [];
    assert.ok(restricted.includes('secretref.customDialects'));
    const known = new Set(settings().map(([k]) => k));
    for (const k of restricted) assert.ok(known.has(k), `restrictedConfigurations names ${k}, which is not a contributed setting`);
    const virtual = pkg.capabilities?.virtualWorkspaces;
    assert.ok(typeof virtual === 'object' && virtual.supported === 'limited' && virtual.description);
  });

  it('ships a 128×128 PNG icon', () => {
    assert.ok(pkg.icon, 'no icon');
    const png = readFileSync(join(root, pkg.icon));
    assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  it('ships every file the manifest refers to (the VSIX keeps only what .vscodeignore re-includes)', () => {
    const shipped = readFileSync(join(root, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1));
    const isShipped = picomatch(shipped, { dot: true });
    const c = pkg.contributes;
    const files = [
      pkg.main?.replace(/^\.\//, ''),
      pkg.icon,
      ...Object.values(c.viewsContainers ?? {})
        .flat()
        .map((v) => v.icon),
      ...Object.values(c.views ?? {})
        .flat()
        .map((v) => v.icon),
      ...(c.jsonValidation ?? []).map((j) => j.url.replace(/^\.\//, '')),
      ...(c.walkthroughs ?? []).flatMap((w) => w.steps.map((st) => st.media.markdown ?? st.media.image ?? st.media.svg)),
    ].filter((f): f is string => !!f && !f.startsWith('$('));
    assert.ok(files.length >= 5);
    // Every bundle esbuild.js writes runs inside VS Code, except the CLI (the npm package's bin, and the bundle it loads).
    const bundles = [...readFileSync(join(root, 'esbuild.js'), 'utf8').matchAll(/outfile:\s*'([^']+)'/g)].map((m) => m[1]);
    assert.ok(bundles.includes('dist/extension.js'), 'esbuild.js no longer names its outfiles as expected');
    files.push(...bundles.filter((b) => b !== 'dist/cli.js' && b !== 'dist/cli-main.js'));
    const notShipped = files.filter((f) => !isShipped(f));
    assert.deepEqual(notShipped, [], `referenced by package.json but left out of the VSIX: ${notShipped.join(', ')}`);
    const missing = files.filter((f) => !f.startsWith('dist/') && !existsSync(join(root, f)));
    assert.deepEqual(missing, [], `referenced by package.json but missing: ${missing.join(', ')}`);
  });

  it('keeps the README settings table in step with the contributed settings', () => {
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'readme-settings.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
