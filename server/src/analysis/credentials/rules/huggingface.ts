// Hugging Face: user or organization access token.
// Format from: https://huggingface.co/docs/hub/security-tokens; secretlint-rule-huggingface
import type { CredentialRule } from '../types';

export const huggingfaceToken: CredentialRule = {
  id: 'huggingface-token',
  provider: 'Hugging Face',
  kind: 'user or organization access token',
  secretName: 'HF_TOKEN',
  keywords: ['hf_', 'api_org_'],
  pattern: /(?<![A-Za-z0-9_])(?:hf_|api_org_)[A-Za-z]{34}(?![A-Za-z0-9_])/g,
  randomFrom: 3,
  source: 'https://huggingface.co/docs/hub/security-tokens; secretlint-rule-huggingface',
};
