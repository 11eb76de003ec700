// Import from a .env file or from INTEGRATION_* variables of the extension host, and Export
// Manifest. Reports give counts and names, never values.
import * as vscode from 'vscode';
import { ENV_SECRET_PREFIX } from '../../../server/src/analysis/envSecrets';
import { parseDotenv } from '../store/dotenv';
import { SecretStoreError } from '../store/errors';
import { ManifestShapeError, updateManifestText } from '../store/manifestUpdate';
import type { SecretStore } from '../store/secretStore';
import type { StoreLevel } from '../store/types';
import { manifestUri } from './project';
import { command, defaultLevel, isArgsObject, pickLevel, required } from './ui';

export interface ImportReport {
  created: string[];
  updated: string[];
  /** Already stored and not overwritten. */
  kept: string[];
  /** Keys that are no identifier, and their .env lines (none for the environment). Never quoted: see importEntries. */
  invalidNames: number;
  invalidNameLines: number[];
  /** Keys that are a known provider's credential, and their .env lines. */
  credentialNames: number;
  credentialNameLines: number[];
  unreadableLines: number[];
}

async function importEntries(
  store: SecretStore,
  entries: Array<{ name: string; value: string; line?: number }>,
  level: StoreLevel,
  overwrite: boolean | 'ask',
  source: string,
): Promise<ImportReport> {
  // A key the store would refuse is skipped, not stored: one credential-shaped key must not stop the
  // import half way with the store's error. Skipped keys are counted and located by line, never
  // quoted (the report is shown and logged): a token on the key side of a line (`ghp_…=x`, a value
  // pasted before the `=`) is a credential, and a key with punctuation or spaces is as likely a
  // password that the credential rules do not know, so no invalid key is quoted either.
  const { valid, credentials, invalid } = store.sortNames(entries);
  const linesOf = (es: typeof entries) => es.flatMap((e) => (e.line === undefined ? [] : [e.line]));
  const report: ImportReport = {
    created: [],
    updated: [],
    kept: [],
    invalidNames: invalid.length,
    invalidNameLines: linesOf(invalid),
    credentialNames: credentials.length,
    credentialNameLines: linesOf(credentials),
    unreadableLines: [],
  };
  const existing = valid.filter((e) => store.find(e.name, level));
  let replace = overwrite === true;
  if (overwrite === 'ask' && existing.length > 0) {
    const answer = await vscode.window.showWarningMessage(
      `${existing.length} of the secrets in ${source} already exist in the ${level} store: ${existing.map((e) => e.name).join(', ')}.`,
      { modal: true, detail: 'Replace their values, or keep the stored ones and import only the new secrets?' },
      'Replace',
      'Keep Stored',
    );
    if (!answer) return report;
    replace = answer === 'Replace';
  }
  for (const e of valid) {
    if (store.find(e.name, level)) {
      if (!replace) {
        report.kept.push(e.name);
        continue;
      }
      await store.setValue(e.name, e.value, { level });
      report.updated.push(e.name);
    } else {
      await store.create({ name: e.name, level, value: e.value, description: `Imported from ${source}` });
      report.created.push(e.name);
    }
  }
  return report;
}

function describeReport(r: ImportReport, source: string, level: StoreLevel): string {
  const imported = [...r.created, ...r.updated];
  const parts = [
    `Imported ${imported.length} secret${imported.length === 1 ? '' : 's'} from ${source} into the ${level} store (${r.created.length} created, ${r.updated.length} replaced)${imported.length ? `: ${imported.join(', ')}` : ''}`,
  ];
  if (r.kept.length) parts.push(`kept ${r.kept.length} already stored: ${r.kept.join(', ')}`);
  const onLines = (lines: number[]) => (lines.length ? ` (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')})` : '');
  if (r.credentialNames)
    parts.push(
      `${r.credentialNames} key${r.credentialNames === 1 ? ' looks like a credential and was' : 's look like credentials and were'} not imported${onLines(r.credentialNameLines)}: check ${r.credentialNameLines.length ? 'the file' : 'the variable names'}, a value may be on the name side`,
    );
  if (r.invalidNames)
    parts.push(
      `skipped ${r.invalidNames} with an invalid name${onLines(r.invalidNameLines)}: use letters, digits and underscores, starting with a letter or underscore`,
    );
  if (r.unreadableLines.length)
    parts.push(`skipped unreadable line${r.unreadableLines.length === 1 ? '' : 's'} ${r.unreadableLines.join(', ')}`);
  return parts.join('; ') + '.';
}

export function registerImportExportCommands(store: SecretStore, log: vscode.LogOutputChannel): vscode.Disposable[] {
  const reg = <A extends unknown[], R>(id: string, body: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, command(log, id, body));
  const tell = (message: string, programmatic: boolean) => {
    log.info(message);
    if (!programmatic) void vscode.window.showInformationMessage(message);
  };

  return [
    // Args: uri | { path | uri, level?, overwrite? }
    reg('secretref.importEnvFile', async (arg?: unknown): Promise<ImportReport> => {
      const programmatic = isArgsObject(arg);
      let uri: vscode.Uri | undefined = arg instanceof vscode.Uri ? arg : undefined;
      if (programmatic) {
        const a = arg;
        uri =
          a.uri instanceof vscode.Uri
            ? a.uri
            : typeof a.uri === 'string'
              ? vscode.Uri.parse(a.uri)
              : typeof a.path === 'string'
                ? vscode.Uri.file(a.path)
                : undefined;
      }
      uri ??= required(
        (
          await vscode.window.showOpenDialog({
            title: 'Import secrets from a .env file',
            canSelectMany: false,
            defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
            openLabel: 'Import',
          })
        )?.[0],
      );
      const level = programmatic ? (arg.level === 'user' ? 'user' : defaultLevel()) : await pickLevel();
      const source = uri.path.split('/').pop() ?? '.env';
      const parsed = parseDotenv(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
      const overwrite = programmatic ? arg.overwrite === true : 'ask';
      const report = await importEntries(store, parsed.entries, level, overwrite, source);
      report.unreadableLines = parsed.unreadableLines;
      tell(describeReport(report, source, level), programmatic);
      return report;
    }),

    // Args: { level?, overwrite? }. Reads INTEGRATION_NAME=value of the extension host's environment.
    reg('secretref.importEnvironment', async (arg?: unknown): Promise<ImportReport> => {
      const programmatic = isArgsObject(arg);
      const entries = Object.entries(process.env)
        .filter(
          (e): e is [string, string] =>
            e[0].startsWith(ENV_SECRET_PREFIX) && e[0].length > ENV_SECRET_PREFIX.length && typeof e[1] === 'string',
        )
        .map(([k, value]) => ({ name: k.slice(ENV_SECRET_PREFIX.length), value }));
      const source = `${ENV_SECRET_PREFIX}* environment variables`;
      if (entries.length === 0) {
        throw new SecretStoreError(
          'not_found',
          `No ${ENV_SECRET_PREFIX}* environment variables are set in VS Code's environment. Start VS Code from a shell where they are exported, or use "Secrets: Import from .env File".`,
        );
      }
      const level = programmatic ? (arg.level === 'user' ? 'user' : defaultLevel()) : await pickLevel();
      const overwrite = programmatic ? arg.overwrite === true : 'ask';
      const report = await importEntries(store, entries, level, overwrite, source);
      tell(describeReport(report, source, level), programmatic);
      return report;
    }),

    reg('secretref.exportManifest', async (arg?: unknown) => {
      const uri = manifestUri();
      if (!uri)
        throw new SecretStoreError('not_found', 'Open a folder first: the manifest secretref.json is written at the workspace root.');
      let existing: string | undefined;
      try {
        existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        existing = undefined;
      }
      let result;
      try {
        result = updateManifestText(existing, store.effective());
      } catch (e) {
        if (e instanceof ManifestShapeError) throw new SecretStoreError('invalid_input', e.message);
        throw e;
      }
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
      const message = `${existing === undefined ? 'Created' : 'Updated'} secretref.json: ${result.added.length} added, ${result.updated.length} updated, no values written.`;
      tell(message, isArgsObject(arg));
      if (!isArgsObject(arg)) void vscode.window.showTextDocument(uri, { preview: true });
      return { added: result.added, updated: result.updated, uri: uri.toString() };
    }),
  ];
}
