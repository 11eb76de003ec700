import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from './document';
import { scopeAt } from './scopeContext';
import { fixture, offsetOf } from '../../../test/util/fixture';
import { cursor } from '../../../test/util/cursor';

const at = (uri: string, src: string, marker = '|') => {
  const c = cursor(src, marker);
  return scopeAt(new ParsedDocument({ uri, text: c.text }), c.offset);
};

describe('scopeAt', () => {
  describe('JS/TS', () => {
    it('reads access_tag and app_env_slug/product_env_slug from the enclosing objects (Ductape, apps.add)', () => {
      const doc = fixture('ductape-apps.ts');
      const stripe = scopeAt(doc, offsetOf(doc.text, '$Token{STRIPE_API_KEY}'));
      assert.deepEqual(stripe, { app: 'stripe_app', appSource: 'code', env: 'prd', envSource: 'code' });
      const sendgrid = scopeAt(doc, offsetOf(doc.text, '$Token{SENDGRID_API_KEY}'));
      assert.deepEqual(sendgrid, { app: 'email_service', appSource: 'code', env: 'dev', envSource: 'code' });
    });

    it('reads app and env from the object passed to actions.run (Ductape)', () => {
      const doc = fixture('ductape-actions.js');
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '$Token{CUSTOM_API_KEY}')), {
        app: 'custom_api',
        appSource: 'code',
        env: 'prd',
        envSource: 'code',
      });
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '$Token{STRIPE_KEY}')), { app: 'analytics_app', appSource: 'code' });
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '$Token{PROD_DATABASE_URL}')), { env: 'dev', envSource: 'code' });
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '$Token{GITHUB_WEBHOOK_SECRET}')), {});
    });

    it('lets the innermost object win', () => {
      assert.deepEqual(at('file:///a.ts', "x({ app: 'outer', env: 'prd', nested: { app: 'inner', k: '$Token{|A}' } })"), {
        app: 'inner',
        appSource: 'code',
        env: 'prd',
        envSource: 'code',
      });
    });

    it('reads quoted keys and template literals without substitutions, ignores computed values', () => {
      assert.deepEqual(at('file:///a.js', "({ 'app': `billing`, env: process.env.ENV, k: '$Token{|A}' })"), {
        app: 'billing',
        appSource: 'code',
      });
    });

    it('reads an object argument beside the one holding the reference', () => {
      assert.deepEqual(at('file:///a.ts', "run('$Token{|A}', { app: 'payment_app', env: 'stg' })"), {
        app: 'payment_app',
        appSource: 'code',
        env: 'stg',
        envSource: 'code',
      });
    });

    it('still answers in half-typed code', () => {
      const doc = fixture('half-typed.ts.txt');
      assert.deepEqual(scopeAt(doc, doc.text.length - 2), { app: 'payment_app', appSource: 'code', env: 'prd', envSource: 'code' });
    });

    it('says nothing outside any object', () => {
      assert.deepEqual(at('file:///a.ts', "const k = '$Token{|A}';"), {});
    });
  });

  describe('JSON', () => {
    it('reads access_tag and the env slugs of the enclosing objects, innermost first', () => {
      const doc = fixture('ductape-app.json');
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '$Token{STRIPE_API_KEY}')), {
        app: 'stripe_app',
        appSource: 'code',
        env: 'prd',
        envSource: 'code',
      });
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '$Token{PROD_DATABASE_URL}')), {
        app: 'stripe_app',
        appSource: 'code',
        env: 'dev',
        envSource: 'code',
      });
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '{{Secrets.GITHUB')), { app: 'stripe_app', appSource: 'code' });
    });

    it('still answers in invalid JSON', () => {
      assert.deepEqual(at('file:///a.json', '{ "app": "x", "env": "dev", "k": "$Token{|A}", '), {
        app: 'x',
        appSource: 'code',
        env: 'dev',
        envSource: 'code',
      });
    });
  });

  describe('YAML', () => {
    it('reads the enclosing maps through sequences (Ductape app definitions as YAML)', () => {
      const doc = fixture('ductape-app.yaml');
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '$Token{STRIPE_API_KEY}')), {
        app: 'stripe_app',
        appSource: 'code',
        env: 'prd',
        envSource: 'code',
      });
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '$Token{PROD_DATABASE_URL}')), {
        app: 'stripe_app',
        appSource: 'code',
        env: 'dev',
        envSource: 'code',
      });
      assert.deepEqual(scopeAt(doc, offsetOf(doc.text, '{{ secrets.stripe_key }}')), {
        app: 'analytics_app',
        appSource: 'code',
        env: 'prd',
        envSource: 'code',
      });
    });

    it('reads the right document of a multi-document file', () => {
      const src = 'app: first\nk: $Token{A}\n---\napp: second\nk: $Token{|B}\n';
      assert.deepEqual(at('file:///a.yaml', src), { app: 'second', appSource: 'code' });
    });

    it('still answers in invalid YAML', () => {
      assert.deepEqual(at('file:///a.yml', 'app: x\nenv: [dev\nk: "$Token{|A}"\n  bad: : :\n'), { app: 'x', appSource: 'code' });
    });
  });

  it('says nothing for plain text files', () => {
    assert.deepEqual(at('file:///notes.md', "app: 'x' $Token{|A}"), {});
  });

  it('does not overflow the stack on 10 000 nested arrays and objects', () => {
    const n = 10_000;
    for (const [uri, text] of [
      ['file:///deep.ts', 'const x = ' + '['.repeat(n) + "'$Token{A}'" + ']'.repeat(n)],
      ['file:///deep.json', '{"app":"x","a":'.repeat(n) + '"$Token{A}"' + '}'.repeat(n)],
      ['file:///deep.yaml', '['.repeat(n) + '"$Token{A}"' + ']'.repeat(n)],
    ]) {
      const doc = new ParsedDocument({ uri, text });
      assert.deepEqual(scopeAt(doc, text.indexOf('$Token')), {}, uri);
    }
  });
});
