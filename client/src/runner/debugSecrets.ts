// Secrets for debug sessions: a launch configuration of any type may say
// `"secretref": { "secrets": [...], "integration"?: name, "environment"?: env }`. At launch, after
// the same checks and consent as Run Integration (runPolicy.ts), the values are added to the
// configuration's `env` that VS Code hands to the debug adapter; launch.json, settings and logs
// never see them. What the adapter and the debuggee then show (Debug Console, Variables) is the
// process's own and is not redacted: see the README.
import * as vscode from 'vscode';
import type { IntegrationSource } from './discovery';
import { selectedEnvironment } from './runCommand';
import { isRefusal, SecretRun, type PolicyDeps } from './runPolicy';

export interface DebugSecretsSpec {
  secrets: string[];
  integration?: string;
  environment?: string;
}

/** The `secretref` attribute, or a sentence saying what is wrong with it. */
export function parseDebugSpec(x: unknown): DebugSecretsSpec | string | undefined {
  if (x === undefined) return undefined;
  if (typeof x !== 'object' || x === null || Array.isArray(x))
    return '"secretref" must be an object: { "secrets": [...], "integration"?: "...", "environment"?: "..." }.';
  const o = x as Record<string, unknown>;
  if (o.secrets !== undefined && !(Array.isArray(o.secrets) && o.secrets.every((s) => typeof s === 'string')))
    return '"secretref.secrets" must be a list of secret names.';
  for (const k of ['integration', 'environment'] as const)
    if (o[k] !== undefined && typeof o[k] !== 'string') return `"secretref.${k}" must be a string.`;
  return {
    secrets: o.secrets ?? [],
    ...(typeof o.integration === 'string' ? { integration: o.integration } : {}),
    ...(typeof o.environment === 'string' && o.environment.trim() ? { environment: o.environment.trim() } : {}),
  };
}

export interface DebugDeps {
  policy: PolicyDeps;
  integrations: IntegrationSource;
}

export function debugSecretsProvider(deps: DebugDeps): vscode.DebugConfigurationProvider {
  return {
    async resolveDebugConfigurationWithSubstitutedVariables(folder, config): Promise<vscode.DebugConfiguration | undefined> {
      const spec = parseDebugSpec((config as Record<string, unknown>).secretref);
      if (spec === undefined) return config;
      const name = config.name || config.type;
      if (typeof spec === 'string') {
        void vscode.window.showErrorMessage(`Debug session '${name}' did not start: ${spec} Fix it in launch.json.`);
        return undefined;
      }
      const names = [...spec.secrets];
      if (spec.integration) {
        const found = (await deps.integrations.list().catch(() => [])).find((i) => i.name === spec.integration);
        if (!found) {
          void vscode.window.showErrorMessage(
            `Debug session '${name}' did not start: integration '${spec.integration}' (secretref.integration) is not in this workspace. Fix it in launch.json, or list its secrets in secretref.secrets.`,
          );
          return undefined;
        }
        names.push(...found.requiredSecrets);
      }
      const env = spec.environment ?? selectedEnvironment(folder?.uri);
      const run = new SecretRun(
        deps.policy,
        {
          kind: 'debug session',
          name,
          // By name: debuggers rewrite the type on the way (js-debug turns node into pwa-node).
          consentKey: `debug#${name}`,
          destination: `The '${config.type}' debugger starts the program with them in its environment.`,
          notStarted: 'did not start',
        },
        env,
      );
      // Returning undefined stops the launch; the policy has told the user why.
      if (await run.authorize(names)) return undefined;
      const resolved = await run.withValues((secrets) => {
        const rest: vscode.DebugConfiguration = { ...config };
        delete rest.secretref;
        const own = typeof rest.env === 'object' && rest.env !== null ? (rest.env as Record<string, string | null>) : {};
        return Promise.resolve<vscode.DebugConfiguration>({ ...rest, env: { ...own, ...secrets } });
      });
      return isRefusal(resolved) ? undefined : resolved;
    },
  };
}
