// Linear: API key.
// Format from: https://linear.app/developers/graphql#personal-api-keys; secretlint-rule-linear
import { prefixed } from '../prefixed';

export const linearKey = prefixed(
  'linear-key',
  'Linear',
  'API key',
  'LINEAR_API_KEY',
  ['lin_api_', 'lin_oauth_'],
  /(?<![A-Za-z0-9_])lin_(?:api|oauth)_[A-Za-z0-9_]{32,128}(?![A-Za-z0-9_])/g,
  'https://linear.app/developers/graphql#personal-api-keys; secretlint-rule-linear',
  { randomFrom: 8 },
);
