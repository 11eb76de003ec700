// The navigation features (issue 6), each registering its handlers and returning the
// capabilities it adds. Adding a feature is a module and one line here.
import type { Feature } from './feature';
import { navigationFeature } from './navigation';
import { codeLensFeature } from './codeLens';
import { semanticTokensFeature } from './semanticTokens';
import { codeActionsFeature } from './codeActions';
import { integrationsFeature } from './integrations';

export const FEATURES: Feature[] = [
  navigationFeature,
  codeLensFeature,
  semanticTokensFeature,
  codeActionsFeature,
  integrationsFeature,
];
