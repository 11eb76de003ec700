// Microsoft Teams: incoming webhook URL.
// Format from: https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook; gitleaks microsoft-teams-webhook
import type { CredentialRule } from '../types';

export const teamsWebhook: CredentialRule = {
  id: 'teams-webhook',
  provider: 'Microsoft Teams',
  kind: 'incoming webhook URL',
  secretName: 'TEAMS_WEBHOOK_URL',
  keywords: ['webhook.office.com', '.logic.azure.com', '.powerplatform.com'],
  pattern:
    /https:\/\/(?:[A-Za-z0-9-]+\.webhook\.office\.com\/webhookb2\/[A-Za-z0-9-]{8}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{12}@[A-Za-z0-9-]{8}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{12}\/IncomingWebhook\/[A-Za-z0-9-]{32}\/[A-Za-z0-9-]{8}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{4}-[A-Za-z0-9-]{12}(?:\/[A-Za-z0-9_-]{20,})?|(?:prod-\d+\.[a-z]+\.logic\.azure\.com|[A-Za-z0-9.-]+\.environment\.api\.powerplatform\.com)(?::443)?\/[A-Za-z0-9/_-]*workflows\/[a-f0-9]{32}\/triggers\/manual\/paths\/invoke\?[^\s"'<>]*?sig=[A-Za-z0-9_%-]{20,}[^\s"'<>]*)/g,
  source:
    'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook; gitleaks microsoft-teams-webhook; trufflehog microsoftteamswebhook/v1 (the GUID segments)',
};
