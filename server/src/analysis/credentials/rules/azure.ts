// Microsoft Azure: storage account keys in connection strings (AccountKey=…), shared access
// signatures (sig= in a URL with sv=), Entra ID (Azure AD) client secrets (…Q~…). Formats: Azure
// documentation ("Configure Azure Storage connection strings", "Grant limited access with SAS");
// gitleaks azure-ad-client-secret; trufflehog azure_storage, azuresastoken.
import { near } from '../checks';
import type { CredentialRule } from '../types';

export const azureStorageKey: CredentialRule = {
  id: 'azure-storage-key',
  provider: 'Azure',
  kind: 'storage account key',
  secretName: 'AZURE_STORAGE_CONNECTION_STRING',
  keywords: ['accountkey', 'account_key', 'account-key', 'storagekey', 'storage_key', 'storage-key', 'storageaccesskey'],
  // The key may sit on the line after its name (`AccountKey{` / `ACCOUNT_KEY ||` then the value).
  pattern: near('account[_-]?key|storage[_-]?key|storageaccesskey', '[A-Za-z0-9+/]{86}==', 60, true),
  multiline: true,
  minEntropy: 4.5,
  source: 'https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string; trufflehog azure_storage',
};

/**
 * Whether the SAS query around a match has Azure's fields: permissions (`sp`) of the documented
 * letters, an allowed IP (`sip`) that is an IPv4 address or range. A query that fails is not one
 * Azure issued (trufflehog's detector checks the same fields).
 */
function sasFieldsValid(m: RegExpExecArray): boolean {
  const line = m.input;
  let from = m.index,
    to = m.index + m[0].length;
  while (from > 0 && from > m.index - 2000 && !/[\s"'<>`]/.test(line[from - 1])) from--;
  while (to < line.length && to < m.index + m[0].length + 2000 && !/[\s"'<>`]/.test(line[to])) to++;
  const query = line.slice(from, to);
  const sp = /(?:^|[?&=])sp=([^&]*)/.exec(query);
  if (sp && !/^[racwdxyltfmeopi]+$/.test(sp[1])) return false;
  const sip = /(?:^|[?&=])sip=([^&]*)/.exec(query);
  if (sip && !/^\d{1,3}(?:\.\d{1,3}){3}(?:-\d{1,3}(?:\.\d{1,3}){3})?$/.test(sip[1])) return false;
  return true;
}

export const azureSas: CredentialRule = {
  id: 'azure-sas',
  provider: 'Azure',
  kind: 'shared access signature',
  secretName: 'AZURE_SAS_TOKEN',
  keywords: ['sig='],
  pattern: /[?&]sv=\d{4}-\d{2}-\d{2}[^\s"'<>`]{0,400}?[?&]sig=(?<secret>[A-Za-z0-9%+/]{40,}(?:%3[Dd]|=){0,2})/g,
  minEntropy: 4,
  validate: (_s, m) => sasFieldsValid(m),
  source:
    'https://learn.microsoft.com/azure/storage/common/storage-sas-overview; https://learn.microsoft.com/rest/api/storageservices/create-service-sas; trufflehog azuresastoken',
};

export const azureRefreshToken: CredentialRule = {
  id: 'azure-refresh-token',
  provider: 'Azure',
  kind: 'Entra ID refresh token',
  secretName: 'AZURE_REFRESH_TOKEN',
  // Every token begins `0.A` or `1.A`: a keyword at its start lets the scan try the pattern only
  // there on a long line (`.Ag` is after 50 characters or more, at no distance the scan can bound).
  keywords: ['0.a', '1.a'],
  pattern: /(?<![A-Za-z0-9_.-])[01]\.A[\w-]{50,}(?:\.\d)?\.Ag[\w-]{250,}(?:\.A[\w-]{200,})?(?![\w-])/g,
  randomFrom: 2,
  minEntropy: 4.5,
  source: 'trufflehog azure_entra/refreshtoken (the `0.A…`/`1.A…` refresh-token format)',
};

export const azureClientSecret: CredentialRule = {
  id: 'azure-client-secret',
  provider: 'Azure',
  kind: 'Entra ID client secret',
  secretName: 'AZURE_CLIENT_SECRET',
  keywords: ['q~'],
  pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
  source: 'gitleaks azure-ad-client-secret; trufflehog azure_entra',
};

export const azureAppConfigConnectionString: CredentialRule = {
  id: 'azure-app-configuration-secret',
  provider: 'Azure',
  kind: 'App Configuration access key (connection string)',
  secretName: 'AZURE_APPCONFIG_CONNECTION_STRING',
  namedByKey: false,
  keywords: ['.azconfig.io'],
  // `Endpoint=https://{store}.azconfig.io;Id={key id};Secret={key}`: the key is base64 (44
  // characters, or 84 in Microsoft's newer identifiable format).
  pattern: /Endpoint=https:\/\/[A-Za-z0-9-]{1,63}\.azconfig\.io;Id=[^;\s"'<>]{1,100};Secret=(?<secret>[A-Za-z0-9+/]{20,120}={0,2})/gi,
  minEntropy: 3.5,
  source:
    'https://learn.microsoft.com/azure/azure-app-configuration/howto-disable-access-key-authentication (access keys, connection strings); trufflehog azureappconfigconnectionstring',
};
