// Figma: personal access token.
// Format from: https://www.figma.com/developers/api#access-tokens; secretlint-rule-figma
import { prefixed } from '../prefixed';

export const figmaToken = prefixed(
  'figma-token',
  'Figma',
  'personal access token',
  'FIGMA_TOKEN',
  ['figd_', 'figp_', 'figo_', 'figu_'],
  /(?<![A-Za-z0-9_-])fig[dpou]_[A-Za-z0-9_-]{36,200}={0,2}(?![A-Za-z0-9_=-])/g,
  'https://www.figma.com/developers/api#access-tokens; secretlint-rule-figma',
  { randomFrom: 5 },
);
