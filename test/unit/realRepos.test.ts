// SecretRef on real third-party files of the platforms it reads: committed excerpts (see
// test/fixtures/real/README.md) always, whole repositories when a copy is present.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../server/src/analysis/analyze';
import { StoreSnapshot } from '../../server/src/analysis/model/store';
import { measureRepository, type RepoResult } from '../../bench/realRepos';

const FIXTURES = join(__dirname, '..', 'fixtures', 'real');

function analyse(file: string, uri: string, secrets: string[]) {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const r = analyzeDocument({ uri, text }, new StoreSnapshot(secrets.map((name) => ({ name, hasValue: true }))));
  const line = (offset: number) => text.slice(0, offset).split('\n').length;
  return {
    references: r.references.map((x) => `${line(x.range.start)} ${x.dialect} ${x.name}`),
    findings: r.diagnostics.map((d) => `${line(d.range.start)} ${d.code} ${d.message}`),
  };
}

describe('real repositories: committed excerpts', () => {
  it("Flatfile's currency plugin: the API key from event.secrets() reaches console.log through a helper's URL", () => {
    // fetchExchangeRates(apiKey, …) puts it in params.app_id, then URLSearchParams, a template, console.log.
    const r = analyse('flatfile-convert-currency.plugin.ts.txt', 'file:///repo/convert/currency/src/convert.currency.plugin.ts', [
      'OPENEXCHANGERATES_API_KEY',
    ]);
    assert.deepEqual(r.references, ['49 event OPENEXCHANGERATES_API_KEY']);
    assert.deepEqual(r.findings, ["29 logged-secret Secret 'OPENEXCHANGERATES_API_KEY' is written to a log by console.log"]);
  });

  it("Julep's secrets guide (MDX): every secret_name, secrets: mapping and $ secrets. reference in its YAML fences, no finding in its prose", () => {
    const r = analyse('julep-using-secrets.mdx', 'file:///repo/documentation/guides/using-secrets.mdx', []);
    assert.deepEqual(r.references, [
      '22 taskSecret openai_api_key',
      '39 toolSecrets email_service_api_key',
      '40 toolSecrets email_sender_address',
      '50 taskSecret api_key',
      '63 taskSecret db_host',
      '64 taskSecret db_username',
      '64 taskSecret db_password',
    ]);
    assert.deepEqual(
      r.findings.filter((f) => !/ unknown-secret /.test(f)),
      [],
    );
  });
});

const COPIES = process.env.SECRETREF_REAL_REPOS ?? '/tmp/secretref-real';

/** The measurement of a copy, or a reason to skip when there is none. */
function copy(folder: string): { skip: string } | { dir: string } {
  const dir = join(COPIES, folder);
  return existsSync(dir)
    ? { dir }
    : { skip: `no copy of ${folder} in ${COPIES} (set SECRETREF_REAL_REPOS; see test/fixtures/real/README.md)` };
}

const findingsOf = (r: RepoResult, code: string) =>
  r.results.flatMap((f) => f.findings.filter((x) => x.code === code).map((x) => `${f.file}:${x.line}`));

describe('real repositories: whole copies, when present', () => {
  const ductape = copy('fikayo-sanni+ductape-docs');
  it(
    "Ductape's docs: every $Secret{NAME} and $Token{NAME} is a reference, and prose is not read as credentials",
    { skip: 'skip' in ductape ? ductape.skip : false },
    async () => {
      if (!('dir' in ductape)) return;
      const r = await measureRepository(ductape.dir);
      // The oracle: the forms as plain text in the files that were read, less the empty `$Secret{}` and `$Secret{...}` of explanations.
      let written = 0;
      for (const f of r.results) {
        const text = readFileSync(join(ductape.dir, f.file), 'utf8');
        written += [...text.matchAll(/\$(?:Secret|Token)(?:\{[^{}<>$'"`\r\n]+\}|<[^{}<>$'"`\r\n]+>)/g)].filter(
          (m) => !m[0].includes('{...}'),
        ).length;
      }
      const refs = r.results.flatMap((f) => f.references.filter((x) => x.dialect === 'token'));
      assert.ok(written >= 50, `${written} forms written`);
      assert.equal(refs.length, written);
      // Ductape's keys may have hyphens (`$Secret{stripe-api-key}` in its health-check docs): said as Ductape's rule, not "not valid".
      const invalid = r.results.flatMap((f) =>
        f.findings.filter((x) => x.code === 'invalid-name').map((x) => `${f.file}:${x.line} ${x.message}`),
      );
      assert.ok(invalid.length >= 3, invalid.join('\n'));
      for (const x of invalid.filter((m) => /-/.test(m.split("'")[1] ?? '')))
        assert.match(x, /is a valid Ductape key but not a SecretRef secret name/);
      assert.ok(
        invalid.some((x) => x.startsWith('docs/resilience/healthchecks.mdx:417 ')),
        invalid.join('\n'),
      );
      // The false warnings reported on these docs: accessors, pagination tokens, hashes, token counts.
      for (const f of r.results) {
        const lines = readFileSync(join(ductape.dir, f.file), 'utf8').split('\n');
        for (const x of f.findings.filter((y) => y.code === 'hardcoded-secret')) {
          assert.doesNotMatch(lines[x.line - 1], /refreshToken|nextToken|createHash|tokens?_?count|max_?tokens/i, `${f.file}:${x.line}`);
        }
      }
    },
  );

  const julep = copy('julep-docs-2025-06');
  it(
    "Julep's docs: the task references in MDX fences are read; Python fences are not read as credential assignments",
    { skip: 'skip' in julep ? julep.skip : false },
    async () => {
      if (!('dir' in julep)) return;
      const r = await measureRepository(julep.dir);
      const refs = r.results.filter((f) => f.file.endsWith('.mdx')).flatMap((f) => f.references.filter((x) => x.dialect === 'taskSecret'));
      assert.ok(refs.length >= 45, `${refs.length} task references`);
      for (const name of ['openai_api_key', 'db_password', 'oauth_client_secret', 'smtp_password'])
        assert.ok(
          refs.some((x) => x.name === name),
          name,
        );
      // The tool calls' `secrets:` mappings (guides/using-secrets.mdx, advanced/secrets-management.mdx).
      const mapped = r.results.flatMap((f) => f.references.filter((x) => x.dialect === 'toolSecrets').map((x) => `${f.file} ${x.name}`));
      assert.deepEqual(mapped.sort(), [
        'documentation/advanced/secrets-management.mdx my_db_password',
        'documentation/advanced/secrets-management.mdx my_db_user',
        'documentation/guides/using-secrets.mdx email_sender_address',
        'documentation/guides/using-secrets.mdx email_service_api_key',
      ]);
      // Julep's Python SDK guide writes the same tasks as Python dicts: read from its python fences.
      const python = r.results.find((f) => f.file === 'documentation/sdks/python/secrets.mdx');
      assert.deepEqual(
        python?.references.filter((x) => x.dialect === 'taskSecret').map((x) => x.name),
        ['openai_api_key', 'api_key', 'db_host', 'db_username', 'db_password', 'db_name'],
      );
      const inPython = findingsOf(r, 'hardcoded-secret').filter((w) => /sdks\/python|authentication\.mdx|common\/secrets\.mdx/.test(w));
      assert.deepEqual(inPython, []);
    },
  );

  const flatfile = copy('FlatFilers+flatfile-plugins');
  it(
    "Flatfile's plugins: the currency plugin's key logged through a helper, and every event.secrets('NAME') found",
    { skip: 'skip' in flatfile ? flatfile.skip : false },
    async () => {
      if (!('dir' in flatfile)) return;
      const r = await measureRepository(flatfile.dir);
      assert.deepEqual(findingsOf(r, 'logged-secret'), ['convert/currency/src/convert.currency.plugin.ts:76']);
      const names = r.results.flatMap((f) => f.references.filter((x) => x.dialect === 'event').map((x) => x.name)).sort();
      assert.deepEqual(names, ['GOOGLE_MAPS_API_KEY', 'OPENEXCHANGERATES_API_KEY', 'W3W_API_KEY']);
    },
  );
});
