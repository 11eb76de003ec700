// Notion: integration token.
// Format from: https://developers.notion.com/docs/authorization; secretlint-rule-notion
import { prefixed } from '../prefixed';

export const notionToken = prefixed(
  'notion-token',
  'Notion',
  'integration token',
  'NOTION_TOKEN',
  ['ntn_', 'secret_'],
  /(?<![A-Za-z0-9_])(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_])/g,
  [
    'NOTION_TOKEN=' + 'ntn_' + '74028139112' + '35nt38WWDFktCwHZT4HS8R39GJnQcVJCCHJ',
    'NOTION_KEY=' + 'secret_' + '5KMn4LnR5LqW6RjFg63lkg14qnCr2QH2v9BMVtVsCsW',
  ],
  ['ntn_' + 'short', 'secret_' + 'key_name_of_the_setting_in_the_config_x'],
  'https://developers.notion.com/docs/authorization; secretlint-rule-notion',
);
