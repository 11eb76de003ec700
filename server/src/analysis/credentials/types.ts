// The shape of a credential rule: one provider's credential formats, as data. A rule is a file in
// `rules/` and a line in `registry.ts`; its samples sit beside it in `rules/<provider>.samples.ts`
// (never imported by the bundles) and run in `npm test`
// (`credentials.test.ts` fails when a positive sample is missed or a negative one matches).

export interface CredentialSamples {
  /**
   * Text in which the rule must find a credential (one finding per sample, or `count`).
   * Synthetic values, never real credentials; written in parts (`'ghp' + '_…'`) so this
   * repository holds nothing a secret scanner would flag.
   */
  positive: string[];
  /** Text in which it must find nothing: placeholders, look-alikes, wrong checksums. */
  negative: string[];
}

export interface CredentialRule {
  /** Stable id, shown in diagnostic data: `github-token`. */
  id: string;
  /** The provider, as the message names it: "Hardcoded GitHub credential". */
  provider: string;
  /** What it is, for documentation: "personal access token". */
  kind: string;
  /** The secret name the "Move to secret store" quick fix suggests. */
  secretName: string;
  /**
   * False when the text before a match is not a key naming it (a URL's password follows the
   * user name and a colon): then `secretName` is always the suggestion.
   */
  namedByKey?: boolean;
  /**
   * Lower-case literal substrings of which every match contains at least one: the whole text
   * is searched once for the keywords of all rules, and a rule's pattern runs only on the
   * lines where one of its keywords is.
   */
  keywords: string[];
  /**
   * Why the keywords are in every match although the pattern's analysis (`anchoring.ts`) cannot
   * show it, for a pattern it cannot read. Without this field `npm test` requires the proof: a
   * match that holds none of the keywords is never looked for, a credential silently missed.
   */
  keywordsUnproven?: string;
  /**
   * Global (`g`) pattern. Its group `secret`, when there is one, is the credential (the part a
   * quick fix replaces); otherwise the whole match. Matches lie on one line unless `multiline`.
   */
  pattern: RegExp;
  /** A match may span lines (private keys, `near(…, reach, true)`): the pattern runs from the keyword on, across lines. */
  multiline?: boolean;
  /** Minimum Shannon entropy (bits per character) of the credential after `randomFrom` characters. */
  minEntropy?: number;
  /** Characters of the credential's fixed opening (prefix), skipped by the entropy floor and the placeholder check. */
  randomFrom?: number;
  /**
   * Whether a match is an example value when it is in a test or a doc (`user:pass@` in a URL):
   * true drops it there; elsewhere it is reported.
   */
  exampleInDocs?(secret: string): boolean;
  /** A check beyond the pattern (checksum, decoding, length): false drops the match. */
  validate?(secret: string, match: RegExpExecArray): boolean;
  /** Where the format comes from (provider documentation, another scanner's rule). */
  source: string;
}
