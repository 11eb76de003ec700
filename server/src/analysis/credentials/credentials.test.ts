// Every credential rule's own samples: each positive one is found (by the rule alone, and by the
// whole set as that rule's provider), no negative one is. The samples are synthetic.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CREDENTIAL_RULES } from './registry';
import type { CredentialRule, CredentialSamples } from './types';
import { scanCredentials } from './scan';
import { keywordOffsets, keywordsCoverEveryMatch } from './anchoring';
import { CREDENTIAL_WORD, GENERIC_KEYWORDS } from './generic';

const RULES_DIR = join(__dirname, 'rules');
const ruleFiles = readdirSync(RULES_DIR).filter((x) => x.endsWith('.ts') && !x.endsWith('.samples.ts'));

/** Every rule's samples, from the `<provider>.samples.ts` beside its file. */
const SAMPLES: Record<string, CredentialSamples> = Object.assign(
  {},
  ...ruleFiles.map(
    (f) => (require(join(RULES_DIR, f.replace(/\.ts$/, '.samples.ts'))) as { samples: Record<string, CredentialSamples> }).samples,
  ),
) as Record<string, CredentialSamples>;

const samplesOf = (r: CredentialRule): CredentialSamples => SAMPLES[r.id] ?? { positive: [], negative: [] };

describe('credential rules', () => {
  it('have unique ids, lower-case keywords, samples of both kinds and a source', () => {
    const ids = new Set<string>();
    for (const r of CREDENTIAL_RULES) {
      assert.ok(!ids.has(r.id), `duplicate rule id ${r.id}`);
      ids.add(r.id);
      assert.ok(
        r.keywords.length > 0 && r.keywords.every((k) => k === k.toLowerCase() && k.length >= 2 && /^[\x20-\x7e]+$/.test(k)),
        `${r.id}: keywords must be lower-case ASCII literals`,
      );
      assert.ok(
        samplesOf(r).positive.length > 0 && samplesOf(r).negative.length > 0,
        `${r.id}: needs positive and negative samples in its .samples.ts`,
      );
      assert.ok(r.source.length > 0, `${r.id}: cite where the format comes from`);
      assert.match(r.secretName, /^[A-Z][A-Z0-9_]*$/, `${r.id}: secretName`);
    }
  });

  it('are all in the registry, one provider per file', async () => {
    for (const f of ruleFiles) {
      const mod = (await import(join(RULES_DIR, f))) as Record<string, CredentialRule>;
      const rules = Object.values(mod).filter((r) => typeof r === 'object' && r !== null && 'pattern' in r);
      assert.ok(rules.length > 0, `${f} exports no rule`);
      for (const r of rules) assert.ok(CREDENTIAL_RULES.includes(r), `${f}: ${r.id} is not in registry.ts`);
      const providers = new Set(rules.map((r) => r.provider));
      assert.ok(providers.size === 1, `${f} holds rules of ${[...providers].join(', ')}: one provider per file`);
    }
  });

  it('have keywords in every match their pattern can give (else it is never looked for), proven from the pattern', () => {
    const uncovered: string[] = [];
    for (const r of CREDENTIAL_RULES) {
      // A multi-line rule's pattern runs from a keyword on (sticky): every match must begin with one.
      const proven = r.multiline ? keywordOffsets(r.pattern, r.keywords)?.max === 0 : keywordsCoverEveryMatch(r.pattern, r.keywords);
      if (r.keywordsUnproven !== undefined) {
        assert.ok(r.keywordsUnproven.trim().length > 0, `${r.id}: keywordsUnproven must say why the keywords are in every match`);
        assert.ok(!proven, `${r.id}: the pattern now shows its keywords are in every match: remove keywordsUnproven`);
      } else if (!proven)
        uncovered.push(
          r.multiline
            ? `${r.id}: a match may not begin with one of ${JSON.stringify(r.keywords)} (it runs from a keyword on)`
            : `${r.id}: a match may hold none of ${JSON.stringify(r.keywords)}`,
        );
    }
    assert.deepEqual(uncovered, [], 'such matches are never found: add keywords, tighten the pattern, or say why in keywordsUnproven');
    // The generic guess is found from its credential word the same way.
    assert.ok(
      keywordsCoverEveryMatch(CREDENTIAL_WORD, GENERIC_KEYWORDS),
      'generic.ts: a credential word may hold none of GENERIC_KEYWORDS',
    );
  });

  it('leave nothing for a scanner in their own source: samples are written in parts', () => {
    const dir = join(__dirname, 'rules');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const found = scanCredentials(readFileSync(join(dir, f), 'utf8'), { generic: true, unquoted: false });
      assert.deepEqual(
        found.map((x) => x.ruleId),
        [],
        `${f} holds a credential a scan finds: split the sample's value in two literals`,
      );
    }
  });

  for (const rule of CREDENTIAL_RULES) {
    it(`${rule.id} (${rule.provider}): finds every positive sample and no negative one`, () => {
      for (const [i, sample] of samplesOf(rule).positive.entries()) {
        const alone = scanCredentials(sample, { generic: false, unquoted: true, rules: [rule] });
        assert.equal(alone.length, 1, `${rule.id}: positive sample ${i} gave ${alone.length} findings`);
        const f = alone[0];
        // The finding contains a keyword (the prefilter's contract) and, for the whole set, is this provider's.
        const found = sample.slice(f.start, f.end).toLowerCase();
        // A multi-line rule's keyword may be on an earlier line (the name of a value on the next one).
        const line = sample.slice(rule.multiline ? 0 : sample.lastIndexOf('\n', f.start) + 1).toLowerCase();
        assert.ok(
          rule.keywords.some((k) => found.includes(k) || line.includes(k)),
          `${rule.id}: sample ${i} holds none of the keywords`,
        );
        const all = scanCredentials(sample, { generic: true, unquoted: true });
        assert.ok(
          all.some((x) => x.kind === rule.provider && x.known && x.start <= f.start && f.end <= x.end),
          `${rule.id}: sample ${i} is reported by the whole set as ${JSON.stringify(all.map((x) => x.ruleId))}`,
        );
      }
      for (const [i, sample] of samplesOf(rule).negative.entries()) {
        const alone = scanCredentials(sample, { generic: false, unquoted: true, rules: [rule] });
        assert.equal(alone.length, 0, `${rule.id}: negative sample ${i} matched`);
      }
    });
  }
});
