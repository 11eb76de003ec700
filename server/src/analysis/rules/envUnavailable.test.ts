import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose, diagnostics } from '../../../../test/util/diagnose';
import { fixtureText } from '../../../../test/util/fixture';

// Ductape: PROD_DATABASE_URL exists for production only.
const store = [
  { name: 'PROD_DATABASE_URL', envs: ['prd'] },
  { name: 'STRIPE_API_KEY', envs: ['prd', 'stg'] },
];

describe('rule env-unavailable', () => {
  it('reports a secret used in an environment it is not available in (Ductape, JS)', () => {
    const seen = diagnose('file:///a.js', fixtureText('ductape-actions.js'), store).filter((d) => d.code === 'env-unavailable');
    assert.deepEqual(seen, [
      { code: 'env-unavailable', message: "Secret 'PROD_DATABASE_URL' is not available in environment 'dev'", at: 'PROD_DATABASE_URL' },
    ]);
  });

  it('reads app_env_slug in JSON and YAML (Ductape app definitions)', () => {
    for (const name of ['ductape-app.json', 'ductape-app.yaml']) {
      const seen = diagnose(`file:///${name}`, fixtureText(name), store).filter((d) => d.code === 'env-unavailable');
      assert.deepEqual(
        seen.map((d) => d.message),
        ["Secret 'PROD_DATABASE_URL' is not available in environment 'dev'"],
        name,
      );
    }
  });

  it('uses the environment setting when the code names none', () => {
    const [d] = diagnostics('file:///a.txt', 'url=$Token{PROD_DATABASE_URL}', store, { environment: 'stg' });
    assert.equal(d.message, "Secret 'PROD_DATABASE_URL' is not available in environment 'stg'");
    assert.equal(d.severity, 'error');
    assert.deepEqual(d.data, { env: 'stg', envSource: 'settings', envs: ['prd'] });
  });

  it('says nothing when the environment is allowed or unknown', () => {
    assert.deepEqual(diagnose('file:///a.txt', '$Token{PROD_DATABASE_URL}', store, { environment: 'prd' }), []);
    assert.deepEqual(diagnose('file:///a.txt', '$Token{PROD_DATABASE_URL}', store), []);
  });
});
