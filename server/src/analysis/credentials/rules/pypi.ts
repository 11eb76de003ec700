// PyPI: upload token.
// Format from: https://pypi.org/help/#apitoken; gitleaks pypi-upload-token
import type { CredentialRule } from '../types';

export const pypiToken: CredentialRule = {
  id: 'pypi-token',
  provider: 'PyPI',
  kind: 'upload token',
  secretName: 'PYPI_TOKEN',
  keywords: ['pypi-ageichlwas5vcmc', 'pypi-ageichlwas50zxn0'],
  pattern: /(?<![A-Za-z0-9_-])pypi-AgEIcHlwaS5(?:vcmc|0ZXN0)[A-Za-z0-9_-]{50,}(?![A-Za-z0-9_-])/g,
  randomFrom: 20,
  source: 'https://pypi.org/help/#apitoken; gitleaks pypi-upload-token',
};
