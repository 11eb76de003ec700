// New Relic: user, browser, insights or license key.
// Format from: https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/; gitleaks new-relic-*
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const newRelicKey: CredentialRule = {
  id: 'new-relic-key',
  provider: 'New Relic',
  kind: 'user, browser, insights or license key',
  secretName: 'NEW_RELIC_API_KEY',
  keywords: ['nrak-', 'nrjs-', 'nrii-', 'nraa-', 'nral'],
  pattern:
    /(?<![A-Za-z0-9_-])(?:NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}|NRAA-[a-f0-9]{27}|[a-f0-9]{36}NRAL|(?:[a-f0-9]{32}|eu01xx[a-f0-9]{26})FFFFNRAL)(?![A-Za-z0-9_-])/g,
  // License (ingest) keys are 40 characters ending in NRAL; those issued now end in FFFFNRAL, EU ones open with eu01xx.
  source: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/; gitleaks new-relic-*; trufflehog newreliclicensekey',
};

export const newRelicKeyedKey: CredentialRule = {
  id: 'new-relic-keyed-key',
  provider: 'New Relic',
  kind: 'personal API key',
  secretName: 'NEW_RELIC_API_KEY',
  keywords: ['newrelic'],
  pattern: near('newrelic', '[A-Za-z0-9_.]{4}-[A-Za-z0-9_.]{42}', 40),
  minEntropy: 4,
  source: 'trufflehog newrelicpersonalapikey (4 + 42 characters within 40 of "newrelic")',
};
