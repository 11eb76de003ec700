// The palette and view commands that change a secret: create, set value, edit its metadata,
// rename, delete, rotate. Each takes its inputs from an argument object when one is given
// (tests, other extensions) and otherwise asks with quick picks and validated input boxes.
import * as vscode from 'vscode';
import { ConflictError, InvalidInputError } from '../store/errors';
import type { SecretStore } from '../store/secretStore';
import type { StoreLevel, StoredSecret } from '../store/types';
import type { DialectForms } from '../../../server/src/lsp/protocol';
import { checkExpiry, checkLabel, checkNoValueIn, formatMetadata, parseMetadata } from '../store/validation';
import { readProjectLabels } from './project';
import {
  Cancelled,
  command,
  defaultLevel,
  inputRequired,
  inputText,
  inputValue,
  isArgsObject,
  pickLabels,
  pickLevel,
  resolveSecret,
  targetOf,
} from './ui';

export interface CommandDeps {
  store: SecretStore;
  log: vscode.LogOutputChannel;
  /** The language server, once it runs (the commands are registered before it starts). */
  server?: ServerLink;
}

/** What the commands ask of the language server. */
export interface ServerLink {
  /** The edit renaming every reference to `name` in the workspace, and how many there are. */
  renameReferences?: (name: string, newName: string) => Promise<{ edit: vscode.WorkspaceEdit; references: number; files: number }>;
  /** A reference to `name` in every form of every dialect, those natural in `languageId` first (`secretref/referenceForms`). */
  referenceForms?: (name: string, languageId: string | undefined) => Promise<DialectForms[]>;
}

type Args = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const strList = (v: unknown): string[] | undefined => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
const strMap = (v: unknown): Record<string, string> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : undefined;
const level = (v: unknown): StoreLevel | undefined => (v === 'user' || v === 'workspace' ? v : undefined);

export function registerSecretCommands({ store, log, server }: CommandDeps): vscode.Disposable[] {
  /**
   * After a rename in the store, the references in files still say the old name and would be
   * reported unknown: offer to rename them (`answer` given: no question, for scripted calls).
   */
  async function renameReferences(name: string, newName: string, answer: boolean | undefined): Promise<void> {
    if (answer === false || !server?.renameReferences) return;
    let found;
    try {
      found = await server.renameReferences(name, newName);
    } catch (e) {
      log.warn(`Could not find the references to rename from '${name}': ${e instanceof Error ? e.message : 'error'}`);
      return;
    }
    if (found.references === 0) return;
    if (answer === undefined) {
      const yes = 'Rename References';
      const where = `${found.references} place${found.references === 1 ? '' : 's'} in ${found.files} file${found.files === 1 ? '' : 's'}`;
      const picked = await vscode.window.showInformationMessage(
        `'${name}' is written in ${where}. Rename ${found.references === 1 ? 'it' : 'them'} to '${newName}' too?`,
        yes,
        'Keep',
      );
      if (picked !== yes) return;
    }
    // A refactoring: VS Code shows its preview first when the user asked for one.
    if (!(await vscode.workspace.applyEdit(found.edit, { isRefactoring: true }))) {
      void vscode.window.showWarningMessage(
        `The references to '${name}' could not all be renamed: a file changed meanwhile. Rename again with F2 on a reference.`,
      );
    }
  }

  const reg = <A extends unknown[], R>(id: string, body: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, command(log, id, body));
  const done = (message: string) => {
    log.info(message);
    void vscode.window.showInformationMessage(message);
  };

  return [
    // Args: none | name (quick fixes) | { name, value?, description?, level?, metadata?, scope?, envs?, expiresAt? }
    reg('secretref.createSecret', async (arg?: unknown): Promise<StoredSecret> => {
      if (isArgsObject(arg)) {
        const a = arg as Args;
        return store.create({
          name: str(a.name) ?? '',
          level: level(a.level) ?? defaultLevel(),
          value: str(a.value),
          description: str(a.description),
          metadata: strMap(a.metadata),
          scope: strList(a.scope),
          envs: strList(a.envs),
          expiresAt: str(a.expiresAt),
        });
      }
      const lvl = await pickLevel();
      const given = targetOf(arg).name;
      const validateName = (n: string) => store.checkName(n) ?? (store.find(n, lvl) ? new ConflictError(n, lvl).message : undefined);
      const name =
        given && !validateName(given)
          ? given
          : await inputRequired({
              title: 'Create Secret',
              prompt: 'Secret name',
              value: given,
              placeHolder: 'STRIPE_API_KEY',
              validateInput: validateName,
            });
      const value = await inputValue(name, undefined, true);
      // A name the manifest declares (the usual case for a quick fix) starts with the team's description and scope.
      const declared = (await readProjectLabels()).declared.get(name);
      const description = await inputText({
        title: `Create Secret ${name}`,
        prompt: 'Description (optional): what the secret is for',
        value: declared?.description,
        // The value pasted here again (or here instead) stays in the box with the reason, not in plain text.
        validateInput: (t) => checkNoValueIn(name, { description: t }, [value]),
      });
      const s = await store.create({
        name,
        level: lvl,
        value: value === '' ? undefined : value,
        description,
        scope: declared?.scope,
        envs: declared?.envs,
        expiresAt: declared?.expiresAt,
      });
      done(`Created ${lvl} secret '${name}'${s.hasValue ? '' : ' without a value: set one with "Secrets: Set Value"'}.`);
      return s;
    }),

    // Args: name, env? | tree item | { name, value, env?, level? }
    reg('secretref.setValue', async (arg?: unknown, envArg?: unknown): Promise<StoredSecret | undefined> => {
      // A quick fix or the Secrets view on a name only the manifest declares: nothing is stored yet, so create it.
      const declaredName =
        typeof arg === 'object' && arg !== null && 'declared' in arg ? (arg as { declared: { name: string } }).declared.name : undefined;
      const bareName = typeof arg === 'string' ? arg : declaredName;
      if (bareName !== undefined && !store.find(bareName)) {
        return vscode.commands.executeCommand<StoredSecret | undefined>('secretref.createSecret', bareName);
      }
      const s = await resolveSecret(store, arg, 'Set the value of which secret?');
      if (isArgsObject(arg)) {
        const a = arg as Args;
        await store.setValue(s.name, str(a.value) ?? '', { env: str(a.env), level: s.level });
        return store.get(s.name, s.level);
      }
      const env = typeof envArg === 'string' ? envArg : await pickValueTarget(s, 'Set which value?');
      const value = await inputValue(s.name, env, false);
      await store.setValue(s.name, value, { env, level: s.level });
      done(`Stored the ${env ? `${env} ` : ''}value of ${s.level} secret '${s.name}'.`);
      return store.get(s.name, s.level);
    }),

    reg('secretref.editDescription', async (arg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Edit the description of which secret?');
      const description = isArgsObject(arg)
        ? (str((arg as Args).description) ?? '')
        : await inputText({
            title: `Description of ${s.name}`,
            prompt: 'What the secret is for (empty to clear)',
            value: s.description,
          });
      return store.update(s.name, { description: description || null }, s.level);
    }),

    reg('secretref.editMetadata', async (arg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Edit the metadata of which secret?');
      const metadata = isArgsObject(arg)
        ? (strMap((arg as Args).metadata) ?? {})
        : parseMetadata(
            await inputText({
              title: `Metadata of ${s.name}`,
              prompt: 'key=value pairs separated by ";" (empty to clear), e.g. owner=payments-team; rotation=90 days',
              value: formatMetadata(s.metadata),
              validateInput: (t) => parseMetadata(t).error,
            }),
          ).metadata;
      return store.update(s.name, { metadata }, s.level);
    }),

    // Args: name, app? (the out-of-scope quick fix: that app is picked already) | tree item | { name, scope }
    reg('secretref.editScope', async (arg?: unknown, appArg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Edit which apps may use which secret?');
      const current = typeof appArg === 'string' && appArg && s.scope?.length && !s.scope.includes(appArg) ? [...s.scope, appArg] : s.scope;
      const scope = isArgsObject(arg)
        ? (strList((arg as Args).scope) ?? [])
        : await pickLabels('app', (await readProjectLabels()).apps, current, `Apps that may use ${s.name}`);
      return store.update(s.name, { scope }, s.level);
    }),

    reg('secretref.editEnvironments', async (arg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Edit the environments of which secret?');
      const envs = isArgsObject(arg)
        ? (strList((arg as Args).envs) ?? [])
        : await pickLabels('environment', (await readProjectLabels()).environments, s.envs, `Environments ${s.name} is available in`);
      return store.update(s.name, { envs }, s.level);
    }),

    reg('secretref.editExpiry', async (arg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Edit the expiry of which secret?');
      const expiresAt = isArgsObject(arg)
        ? (str((arg as Args).expiresAt) ?? '')
        : (
            await inputText({
              title: `Expiry of ${s.name}`,
              prompt: 'Date it expires, YYYY-MM-DD (empty: never)',
              value: s.expiresAt,
              placeHolder: new Date(Date.now() + 90 * 864e5).toISOString().slice(0, 10),
              validateInput: checkExpiry,
            })
          ).trim();
      return store.update(s.name, { expiresAt: expiresAt || null }, s.level);
    }),

    // Args: tree item | name | { name, newName, level?, renameReferences?: boolean }
    reg('secretref.renameSecret', async (arg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Rename which secret?');
      const newName = isArgsObject(arg)
        ? (str((arg as Args).newName) ?? '')
        : await inputRequired({
            title: `Rename ${s.name}`,
            prompt: 'New name. You are asked next whether to rename the references in your files too.',
            value: s.name,
            validateInput: (n) =>
              store.checkName(n) ?? (n !== s.name && store.find(n, s.level) ? new ConflictError(n, s.level).message : undefined),
          });
      if (newName === s.name) return s;
      const renamed = await store.rename(s.name, newName, s.level);
      if (!isArgsObject(arg)) done(`Renamed ${s.level} secret '${s.name}' to '${newName}'.`);
      await renameReferences(s.name, newName, isArgsObject(arg) ? (arg as Args).renameReferences === true : undefined);
      return renamed;
    }),

    // Args: tree item | name | { name, level?, confirmed: true } (without `confirmed` a modal asks)
    reg('secretref.deleteSecret', async (arg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Delete which secret?');
      const confirmed = isArgsObject(arg) && (arg as Args).confirmed === true;
      if (!confirmed) {
        const answer = await vscode.window.showWarningMessage(
          `Delete ${s.level} secret '${s.name}' and its values?`,
          { modal: true, detail: 'The values cannot be recovered. References to it will be reported as unknown.' },
          'Delete',
        );
        if (answer !== 'Delete') return undefined;
      }
      await store.delete(s.name, s.level);
      if (!isArgsObject(arg)) done(`Deleted ${s.level} secret '${s.name}'.`);
      return undefined;
    }),

    // Args: tree item | name | { name, value, env?, level? }
    reg('secretref.rotateSecret', async (arg?: unknown) => {
      const s = await resolveSecret(store, arg, 'Rotate which secret?');
      let env: string | undefined;
      let value: string;
      if (isArgsObject(arg)) {
        env = str((arg as Args).env);
        value = str((arg as Args).value) ?? '';
        if (value === '') throw new InvalidInputError(`Rotating '${s.name}' needs the new value: pass { name, value }.`);
      } else {
        env = await pickValueTarget(s, 'Rotate which value?', true);
        value = await inputValue(s.name, env, false);
      }
      await store.rotate(s.name, value, { env, level: s.level });
      if (!isArgsObject(arg))
        done(
          `Rotated ${s.level} secret '${s.name}'${env ? ` in ${env}` : ''}. Update the value wherever the old one was used, then revoke the old one.`,
        );
      return store.get(s.name, s.level);
    }),
  ];

  /** Default value or one environment's value. `existingOnly` offers only values that exist. */
  async function pickValueTarget(s: StoredSecret, placeHolder: string, existingOnly = false): Promise<string | undefined> {
    const labels = await readProjectLabels();
    const envs = existingOnly ? s.valueEnvs : [...new Set([...(s.envs?.length ? s.envs : labels.environments), ...s.valueEnvs])];
    if (envs.length === 0) return undefined;
    const items: Array<vscode.QuickPickItem & { env?: string; other?: boolean }> = [
      { label: 'Default value', description: `used by every environment without its own value${s.hasDefaultValue ? ' · set' : ''}` },
      ...envs.map((e) => ({ label: e, description: s.valueEnvs.includes(e) ? 'has its own value' : 'uses the default value', env: e })),
    ];
    if (!existingOnly) items.push({ label: '$(edit) Other environment…', other: true });
    const pick = await vscode.window.showQuickPick(items, { placeHolder });
    if (!pick) throw new Cancelled();
    if (pick.other)
      return (await inputRequired({ prompt: 'Environment name', validateInput: (v) => checkLabel('environment', v.trim()) })).trim();
    return pick.env;
  }
}
