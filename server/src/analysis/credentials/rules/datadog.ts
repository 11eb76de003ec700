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
  pattern: near('datadog|dd[_-]api[_-]key|dd[_-]app(?:lication)?[_-]key', '[a-f0-9]{40}|[a-f0-9]{32}'),
  minEntropy: 3.2,
  source: 'https://docs.datadoghq.com/account_management/api-app-keys/; gitleaks datadog-access-token; trufflehog datadogtoken',
};
