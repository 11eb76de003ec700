// Doppler: service or personal token.
// Format from: https://docs.doppler.com/reference/auth-token-formats; gitleaks doppler-api-token
import { prefixed } from '../prefixed';

export const dopplerToken = prefixed(
  'doppler-token',
  'Doppler',
  'service or personal token',
  'DOPPLER_TOKEN',
  ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  /(?<![A-Za-z0-9_.-])dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44}(?![A-Za-z0-9_-])/g,
  'https://docs.doppler.com/reference/auth-token-formats; gitleaks doppler-api-token',
);
