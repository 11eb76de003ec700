// Grafana: cloud, service account or API token.
// Format from: https://grafana.com/docs/grafana/latest/administration/service-accounts/; secretlint-rule-grafana;
// trufflehog's grafanaserviceaccount detector.
// A service-account token is glsa_ + 32 letters and digits + _ + 8 hex (a CRC-32). The body accepted
// is trufflehog's, any 41 letters, digits and underscores: glsa_ names Grafana alone, so the wider
// body costs no false finding on real code. Placeholders (a run of x or 0) are still dropped.
import type { CredentialRule } from '../types';

export const grafanaToken: CredentialRule = {
  id: 'grafana-token',
  provider: 'Grafana',
  kind: 'cloud, service account or API token',
  secretName: 'GRAFANA_TOKEN',
  keywords: ['glc_', 'glsa_', 'eyjrijoi'],
  pattern:
    /(?<![A-Za-z0-9_+/-])(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9_]{41}|eyJrIjoi[A-Za-z0-9]{50,100}={0,2})(?![A-Za-z0-9+/=_-])/g,
  source:
    "https://grafana.com/docs/grafana/latest/administration/service-accounts/; secretlint-rule-grafana; trufflehog's grafanaserviceaccount detector",
};
