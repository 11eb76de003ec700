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
  keywords: ['accountkey', 'account_key', 'account-key', 'storagekey', 'storage_key'],
  pattern: near('account[_-]?key|storage[_-]?key', '[A-Za-z0-9+/]{86}==', 60),
  minEntropy: 4.5,
  source: 'https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string; trufflehog azure_storage',
};

export const azureSas: CredentialRule = {
  id: 'azure-sas',
  provider: 'Azure',
  kind: 'shared access signature',
  secretName: 'AZURE_SAS_TOKEN',
  keywords: ['sig='],
  pattern: /[?&]sv=\d{4}-\d{2}-\d{2}[^\s"'<>`]{0,400}?[?&]sig=(?<secret>[A-Za-z0-9%+/]{40,}(?:%3[Dd]|=){0,2})/g,
  minEntropy: 4,
  source: 'https://learn.microsoft.com/azure/storage/common/storage-sas-overview; trufflehog azuresastoken',
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
