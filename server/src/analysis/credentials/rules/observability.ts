// Observability: Datadog API and application keys (named beside "datadog"/"dd_"), New Relic keys
// (NRAK-, NRJS-, NRII-, NRAA-, license keys …NRAL), Sentry auth tokens (sntrys_, sntryu_) and
// Grafana tokens (glc_, glsa_, legacy eyJrIjoi…). Formats: each provider's documentation;
// secretlint-rule-grafana (MIT); gitleaks datadog-access-token, new-relic-*, sentry-*.
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const datadogKey: CredentialRule = {
  id: 'datadog-key',
  provider: 'Datadog',
  kind: 'API or application key',
  secretName: 'DATADOG_API_KEY',
  keywords: ['datadog', 'dd_api_key', 'dd_app_key', 'dd_application_key', 'dd-api-key', 'dd-application-key'],
  pattern: near('datadog|dd[_-]api[_-]key|dd[_-]app(?:lication)?[_-]key', '[a-f0-9]{40}|[a-f0-9]{32}'),
  minEntropy: 3.2,
  samples: {
    positive: ['DD_API_KEY=' + 'c266e0a7c26e962ae81dd6203f9ff477', 'datadog_app_key: "' + '5a7685e34375267e53a80faa3726c11d99319eb6"'],
    negative: ['DD_API_KEY=<DATADOG_API_KEY>', 'datadog: 00000000000000000000000000000000'],
  },
  source: 'https://docs.datadoghq.com/account_management/api-app-keys/; gitleaks datadog-access-token; trufflehog datadogtoken',
};

export const newRelicKey: CredentialRule = {
  id: 'new-relic-key',
  provider: 'New Relic',
  kind: 'user, browser, insights or license key',
  secretName: 'NEW_RELIC_API_KEY',
  keywords: ['nrak-', 'nrjs-', 'nrii-', 'nraa-', 'nral'],
  pattern: /(?<![A-Za-z0-9_-])(?:NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_-]{32}|NRAA-[a-f0-9]{27}|[a-f0-9]{36}NRAL)(?![A-Za-z0-9_-])/g,
  samples: {
    positive: ['NEW_RELIC_API_KEY=' + 'NRAK-' + 'QG2G2VRPRH4MSL3NYWGNTW8LPK5', 'license_key: ' + 'b6b8d216118a2341e23a0fe1e09a29e30389' + 'NRAL'],
    negative: ['NRAK-' + 'XXXXXXXXXXXXXXXXXXXXXXXXXXX'],
  },
  source: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/; gitleaks new-relic-*',
};

export const sentryToken: CredentialRule = {
  id: 'sentry-token',
  provider: 'Sentry',
  kind: 'organization or user auth token',
  secretName: 'SENTRY_AUTH_TOKEN',
  keywords: ['sntrys_', 'sntryu_', 'sentry'],
  pattern: /(?<![A-Za-z0-9_])(?:sntrys_eyJ[A-Za-z0-9+/=_-]{60,}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])|sentry[\w.-]{0,20}?(?:auth[_-]?)?token["']?\s*(?::=|=>|:|=)\s*["']?(?<secret>[a-f0-9]{64})(?![A-Za-z0-9])/gi,
  minEntropy: 3.5,
  samples: {
    positive: ['SENTRY_AUTH_TOKEN=' + 'sntryu_' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89', 'sentry_token = ' + 'b6b8d216118a2341e23a0fe1e09a29e30389e8442067b88f2a6767eb5db94d89'],
    negative: ['sntrys_' + 'short'],
  },
  source: 'https://docs.sentry.io/account/auth-tokens/; gitleaks sentry-*; trufflehog sentrytoken',
};

export const grafanaToken: CredentialRule = {
  id: 'grafana-token',
  provider: 'Grafana',
  kind: 'cloud, service account or API token',
  secretName: 'GRAFANA_TOKEN',
  keywords: ['glc_', 'glsa_', 'eyjrijoi'],
  pattern: /(?<![A-Za-z0-9_+/-])(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9]{50,100}={0,2})(?![A-Za-z0-9+/=_-])/g,
  samples: {
    positive: ['GRAFANA_TOKEN=' + 'glsa_' + '37MSB2qQcqKswrs6TqWQFYVhKDWmP0qG_632fc91e', 'glc_' + 'eyJvIjoiMTIzNCIsIm4iOiJzdGFjayIsImsiOiJ' + '3qr4DZl58P271KgKQGggD7QHDdFWk'],
    negative: ['glsa_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000'],
  },
  source: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/; secretlint-rule-grafana',
};
