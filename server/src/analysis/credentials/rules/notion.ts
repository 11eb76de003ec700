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
  'https://developers.notion.com/docs/authorization; secretlint-rule-notion',
);
