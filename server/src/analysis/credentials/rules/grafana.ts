// Grafana: cloud, service account or API token.
// Format from: https://grafana.com/docs/grafana/latest/administration/service-accounts/; secretlint-rule-grafana
import type { CredentialRule } from '../types';

export const grafanaToken: CredentialRule = {
  id: 'grafana-token',
  provider: 'Grafana',
  kind: 'cloud, service account or API token',
  secretName: 'GRAFANA_TOKEN',
  keywords: ['glc_', 'glsa_', 'eyjrijoi'],
  pattern:
    /(?<![A-Za-z0-9_+/-])(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9]{50,100}={0,2})(?![A-Za-z0-9+/=_-])/g,
  source: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/; secretlint-rule-grafana',
};
