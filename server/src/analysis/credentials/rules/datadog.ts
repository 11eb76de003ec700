// Datadog: API or application key.
// Format from: https://docs.datadoghq.com/account_management/api-app-keys/; gitleaks datadog-access-token; trufflehog datadogtoken
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const datadogKey: CredentialRule = {
  id: 'datadog-key',
  provider: 'Datadog',
  kind: 'API or application key',
  secretName: 'DATADOG_API_KEY',
  // The names' openings, so every separator mix the pattern allows (`dd-app-key`, `dd_api-key`) is looked for.
  keywords: ['datadog', 'dd_api', 'dd-api', 'dd_app', 'dd-app'],
  // `dd` opens a name only at a word's start: `add_api_key` is no Datadog key. The look-behind is
  // the other rules' boundary without `_`, which joins the words of one name (`MY_DD_API_KEY`).
  pattern: near('datadog|(?<![A-Za-z0-9])dd[_-]api[_-]key|(?<![A-Za-z0-9])dd[_-]app(?:lication)?[_-]key', '[a-f0-9]{40}|[a-f0-9]{32}'),
  minEntropy: 3.2,
  source: 'https://docs.datadoghq.com/account_management/api-app-keys/; gitleaks datadog-access-token; trufflehog datadogtoken',
};
