// A deliberately broken integration, to show what SecretRef reports:
//  - it writes a secret to a log (logged-secret), and
//  - it reads a secret it never declared (undeclared-secret): at run time that
//    secret is not injected, so `appKey` is undefined.
// Run it anyway (Secrets: Run Integration…): the logged value shows as ***.
const logger = console;

interface RunContext {
  dryRun?: boolean;
  service?: string;
}

export default {
  metadata: {
    name: 'datadog-events',
    description: 'Posts a deployment event to Datadog',
    requiredSecrets: ['DATADOG_API_KEY'],
  },

  async run(context: RunContext, secrets: Record<string, string> = {}) {
    logger.info('Using Datadog key', secrets.DATADOG_API_KEY);
    const appKey = secrets.DATADOG_APP_KEY;

    const event = {
      title: `Deployed ${context.service ?? 'shop'}`,
      text: 'Deployment finished',
      tags: ['source:secretref-demo'],
    };
    if (context.dryRun) {
      return { wouldPost: event.title, appKeyInjected: appKey !== undefined };
    }
    const response = await fetch('https://api.datadoghq.com/api/v1/events', {
      method: 'POST',
      headers: {
        'DD-API-KEY': secrets.DATADOG_API_KEY,
        'DD-APPLICATION-KEY': appKey,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(event),
    });
    return { status: response.status };
  },
};
