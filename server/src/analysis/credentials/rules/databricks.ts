// Databricks: personal access token.
// Format from: https://docs.databricks.com/dev-tools/auth/pat.html; secretlint-rule-databricks
import { prefixed } from '../prefixed';

export const databricksToken = prefixed(
  'databricks-token',
  'Databricks',
  'personal access token',
  'DATABRICKS_TOKEN',
  ['dapi'],
  /(?<![A-Za-z0-9])dapi[A-Fa-f0-9]{32}(?:-\d)?(?![A-Za-z0-9])/g,
  'https://docs.databricks.com/dev-tools/auth/pat.html; secretlint-rule-databricks',
);
