import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';

const logged = (uri: string, text: string, settings = {}) =>
  diagnose(uri, text, [], settings)
    .filter((d) => d.code === 'logged-secret')
    .map((d) => `${d.message} @ ${d.at}`);

const integration = (body: string, required = "'API_KEY', 'GITHUB_TOKEN'") => `const logger = require('./logger');
module.exports = {
  metadata: { name: 'demo', requiredSecrets: [${required}] },
  run: async function (context, secrets = {}, dataFiles = []) {
${body}
  },
};
`;

describe('rule logged-secret', () => {
  it("reports ToolJump's dangerous lines and not its safe lines", () => {
    const text = integration(`    logger.info('API Key:', secrets.API_KEY);
    logger.info('Token:', secrets.GITHUB_TOKEN);
    logger.info('API Key configured:', !!secrets.API_KEY);
    logger.info('GitHub token present:', !!secrets.GITHUB_TOKEN);`);
    assert.deepEqual(logged('file:///i.js', text), [
      "Secret 'API_KEY' is written to a log by logger.info @ secrets.API_KEY",
      "Secret 'GITHUB_TOKEN' is written to a log by logger.info @ secrets.GITHUB_TOKEN",
    ]);
  });

  it("does not report ToolJump's rotation example, which logs only a fixed sentence", () => {
    const text = integration(
      `    const primaryToken = secrets.GITHUB_TOKEN_PRIMARY;
    const backupToken = secrets.GITHUB_TOKEN_BACKUP;
    let token = primaryToken;
    if (!primaryToken && backupToken) {
      token = backupToken;
      logger.info('Using backup GitHub token');
    }`,
      "'GITHUB_TOKEN_PRIMARY', 'GITHUB_TOKEN_BACKUP'",
    );
    assert.deepEqual(logged('file:///i.js', text), []);
  });

  it('follows aliases, destructuring, template literals, concatenation, objects, spreads, JSON.stringify and string methods', () => {
    const text = integration(`    const s = secrets;
    const { API_KEY: key } = s;
    const header = \`Bearer \${key}\`;
    console.log(header);
    const cfg = { url: 'https://x', auth: { token: secrets.GITHUB_TOKEN } };
    logger.debug(cfg.url);
    logger.debug(JSON.stringify({ ...cfg }));
    console.error('key=' + key.trim().slice(0, 4));`);
    assert.deepEqual(logged('file:///i.js', text), [
      "Secret 'API_KEY' is written to a log by console.log @ header",
      "Secret 'GITHUB_TOKEN' is written to a log by logger.debug @ JSON.stringify({ ...cfg })",
      "Secret 'API_KEY' is written to a log by console.error @ 'key=' + key.trim().slice(0, 4)",
    ]);
  });

  it('follows values into nested closures and local helper functions', () => {
    const text = integration(`    const token = secrets.API_KEY;
    function show(v) { console.log('value', v); }
    [1, 2].forEach(() => { logger.warn(\`retrying with \${token}\`); });
    show(token);`);
    assert.deepEqual(logged('file:///i.js', text), [
      "Secret 'API_KEY' is written to a log by console.log @ v",
      "Secret 'API_KEY' is written to a log by logger.warn @ `retrying with ${token}`",
    ]);
  });

  it('does not report !!x, Boolean(x), typeof x, x.length, x ? "set" : "unset", comparisons, hashing or a redaction function', () => {
    const text = integration(`    const key = secrets.API_KEY;
    logger.info(!!key, Boolean(key), typeof key, key.length, key ? 'set' : 'unset', key === 'abc', key.startsWith('sk_'));
    logger.info(require('crypto').createHash('sha256').update(key).digest('hex'));
    logger.info(redact(key), mask(secrets.GITHUB_TOKEN));
    logger.info(context.user, dataFiles.length);`);
    assert.deepEqual(logged('file:///i.js', text), []);
  });

  it('reports process.stdout.write, winston/pino/bunyan/debug loggers and thrown errors', () => {
    const text = integration(`    const pino = require('pino')();
    const dbg = require('debug')('demo');
    const k = secrets.API_KEY;
    process.stdout.write(k + '\\n');
    pino.info({ k });
    dbg('key %s', k);
    if (!context.ok) throw new Error('bad key ' + k);`);
    assert.deepEqual(logged('file:///i.js', text), [
      "Secret 'API_KEY' is written to a log by process.stdout.write @ k + '\\n'",
      "Secret 'API_KEY' is written to a log by pino.info @ { k }",
      "Secret 'API_KEY' is written to a log by dbg @ k",
      "Secret 'API_KEY' is written to a log by throw new Error @ 'bad key ' + k",
    ]);
  });

  it('reports each call once, naming every secret it writes', () => {
    const text = integration('    console.log(secrets.API_KEY, `${secrets.GITHUB_TOKEN}`);');
    assert.deepEqual(logged('file:///i.js', text), [
      "Secrets 'API_KEY', 'GITHUB_TOKEN' are written to a log by console.log @ secrets.API_KEY",
    ]);
  });

  it('honours the logSinks and redactionFunctions settings', () => {
    const text = integration(`    function scrub(v) { return v.slice(0, 2) + '***'; }
    audit.write(secrets.API_KEY);
    logger.info(scrub(secrets.GITHUB_TOKEN));`);
    assert.deepEqual(logged('file:///i.js', text), [
      "Secret 'GITHUB_TOKEN' is written to a log by logger.info @ scrub(secrets.GITHUB_TOKEN)",
    ]);
    assert.deepEqual(logged('file:///i.js', text, { logSinks: ['audit.write'], redactionFunctions: ['scrub'] }), [
      "Secret 'API_KEY' is written to a log by audit.write @ secrets.API_KEY",
    ]);
  });

  it('reports awaited event.secrets values (Flatfile) but not the promise or other event fields', () => {
    const text = `listener.on('job:ready', async (event) => {
  const slackToken = await event.secrets('SLACK_TOKEN');
  const pending = event.secrets('OTHER');
  console.log(pending, event.context.jobId);
  console.log('token', slackToken);
});`;
    assert.deepEqual(logged('file:///l.js', text), ["Secret 'SLACK_TOKEN' is written to a log by console.log @ slackToken"]);
  });

  it('reports process.env.INTEGRATION_* values but not other environment variables, where the env adapter is in use', () => {
    const text = 'console.log(process.env.NODE_ENV);\nconsole.log(`key ${process.env.INTEGRATION_STRIPE_KEY}`);';
    assert.deepEqual(logged('file:///e.js', text, { envAdapter: true }), [
      "Secret 'STRIPE_KEY' is written to a log by console.log @ `key ${process.env.INTEGRATION_STRIPE_KEY}`",
    ]);
    // Outside integration modules, without the manifest's "secretsAdapter": "env", INTEGRATION_ variables are the project's own.
    assert.deepEqual(logged('file:///e.js', "console.log('live', process.env.INTEGRATION_TESTING);"), []);
  });

  it("reports Julep's SDK value log and not its name/description logs", () => {
    const text = `const secret = await julep.secrets.get({ name: 'stripe_api_key' });
console.log(\`Secret: \${secret.name}, Created: \${secret.createdAt}\`);
console.log(\`Secret value: \${secret.value}\`);
const secrets = await julep.secrets.list();
secrets.items.forEach(secret => { console.log(\`\${secret.name}: \${secret.description}\`); });`;
    assert.deepEqual(logged('file:///s.ts', text), [
      "Secret 'stripe_api_key' is written to a log by console.log @ `Secret value: ${secret.value}`",
    ]);
  });

  it('is a warning and carries the edits that log !!value instead', () => {
    const text = integration("    logger.info('API Key:', secrets.API_KEY);");
    const [d] = diagnostics('file:///i.js', text, []).filter((x) => x.code === 'logged-secret');
    assert.equal(d.severity, 'warning');
    assert.deepEqual(d.data?.redactEdits, [{ range: d.range, newText: '!!secrets.API_KEY' }]);
  });

  it('does not treat a shadowing parameter or a local variable called secrets as the secrets object', () => {
    const text = integration(`    const items = [1];
    items.forEach((secrets) => console.log(secrets.API_KEY));
    function other(secrets) { logger.info(secrets.GITHUB_TOKEN); }`);
    assert.deepEqual(logged('file:///i.js', text), []);
  });

  describe('through functions defined in the same file', () => {
    const listener = (body: string, helpers: string) => `export default function (listener) {
  listener.on('job:ready', async (event) => {
    const apiKey = await event.secrets('API_KEY');
${body}
  });
}
${helpers}`;

    it('follows a secret into a helper that puts it in a URL and logs the URL (parameters, string building)', () => {
      const text = listener(
        '    await fetchRecords(apiKey, 42);',
        `async function fetchRecords(token, id) {
  const endpoint = 'https://api.example.com/records/' + id + '?token=' + encodeURIComponent(token);
  console.log(\`Fetching \${endpoint}\`);
  return fetch(endpoint);
}`,
      );
      assert.deepEqual(logged('file:///l.js', text), ["Secret 'API_KEY' is written to a log by console.log @ `Fetching ${endpoint}`"]);
    });

    it('follows returned values, object properties and helpers defined below as arrow functions', () => {
      const text = listener(
        `    const { url } = buildRequest({ key: apiKey });
    logUrl(url);`,
        `const buildRequest = (cfg) => ({ url: new URL(\`https://api.example.com/v1?key=\${cfg.key}\`).href, method: 'GET' });
const logUrl = (u) => console.info('calling', u);`,
      );
      assert.deepEqual(logged('file:///l.js', text), ["Secret 'API_KEY' is written to a log by console.info @ u"]);
    });

    it('follows a value stored into a URL by url.searchParams.set', () => {
      const text = listener(
        '    call(apiKey);',
        `function call(key) {
  const url = new URL('https://api.example.com/v1');
  url.searchParams.set('api_key', key);
  console.log('GET', url.toString());
}`,
      );
      assert.deepEqual(logged('file:///l.js', text), ["Secret 'API_KEY' is written to a log by console.log @ url.toString()"]);
    });

    it('reports nothing when the helper logs only what is not the secret, or masks it', () => {
      const text = listener(
        '    await fetchRecords(apiKey, 42); report(apiKey);',
        `async function fetchRecords(token, id) {
  console.log('Fetching record', id);
  return fetch('https://api.example.com/records/' + id, { headers: { Authorization: token } });
}
function report(key) { console.log('key ' + mask(key)); }`,
      );
      assert.deepEqual(logged('file:///l.js', text), []);
    });

    it('ends on recursion and reaches a log four helpers deep', () => {
      const text = listener(
        '    retry(apiKey, 3); h1(apiKey);',
        `function retry(k, n) { if (n > 0) return retry(k + '', n - 1); console.log('gave up on ' + k); }
function h1(k) { h2(k); } function h2(k) { h3(k); } function h3(k) { h4(k); } function h4(k) { console.warn('u=' + k); }`,
      );
      assert.deepEqual(
        logged('file:///l.js', text).map((m) => m.split(' @ ')[0]),
        ["Secret 'API_KEY' is written to a log by console.log", "Secret 'API_KEY' is written to a log by console.warn"],
      );
    });
  });
});
