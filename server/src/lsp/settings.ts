// Settings from the client: pulled with workspace/configuration (section `secretref` and
// VS Code's `files.exclude`) at start and on every didChangeConfiguration.
import { toServerSettings, type ServerSettings } from '../workspace/settings';
import type { Session } from './session';
import { describeError } from './safety';
import { customDialectProblems } from '../analysis/dialects/custom';

export interface ClientDefaults {
  app?: string;
  environment?: string;
}

/** Settings first; where they say nothing, the app and environment the client selected (initializationOptions). */
export function withClientDefaults(s: ServerSettings, defaults: ClientDefaults): ServerSettings {
  return {
    ...s,
    analysis: {
      ...s.analysis,
      app: s.analysis.app ?? defaults.app,
      environment: s.analysis.environment ?? defaults.environment,
    },
  };
}

export async function fetchSettings(session: Session, defaults: ClientDefaults, pushed?: unknown): Promise<ServerSettings> {
  const settings = await readSettings(session, defaults, pushed);
  // A custom form left out (invalid, or beyond the linear-time matcher) would silently find
  // nothing: say which and why, in the log and to the user.
  for (const problem of customDialectProblems(settings.analysis)) {
    session.log.warn(problem);
    session.connection.window.showWarningMessage(`SecretRef: ${problem}.`);
  }
  return settings;
}

async function readSettings(session: Session, defaults: ClientDefaults, pushed?: unknown): Promise<ServerSettings> {
  if (!session.support.configuration) {
    // Clients without workspace/configuration push settings in didChangeConfiguration.
    const raw = typeof pushed === 'object' && pushed !== null ? (pushed as Record<string, unknown>) : {};
    return withClientDefaults(
      toServerSettings(raw.secretref ?? raw, (raw.files as Record<string, unknown> | undefined)?.exclude),
      defaults,
    );
  }
  try {
    const [section, filesExclude] = (await session.connection.workspace.getConfiguration([
      { section: 'secretref' },
      { section: 'files.exclude' },
    ])) as unknown[];
    return withClientDefaults(toServerSettings(section, filesExclude), defaults);
  } catch (e) {
    session.log.warn(`Could not read the secretref settings, using the defaults: ${describeError(e)}`);
    return withClientDefaults(toServerSettings({}), defaults);
  }
}

/** Whether a settings change alters which files belong to the project (the index must be rebuilt). */
export function filesChanged(a: ServerSettings, b: ServerSettings): boolean {
  return (
    JSON.stringify([a.files, a.maxFileSize, a.analysis.dialects, a.analysis.customDialects]) !==
    JSON.stringify([b.files, b.maxFileSize, b.analysis.dialects, b.analysis.customDialects])
  );
}
