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
  ['DATABRICKS_TOKEN=' + 'dapi' + 'c266e0a7c26e962ae81dd6203f9ff477'],
  ['dapi' + '00000000000000000000000000000000'],
  'https://docs.databricks.com/dev-tools/auth/pat.html; secretlint-rule-databricks',
);
