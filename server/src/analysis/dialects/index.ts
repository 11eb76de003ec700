// The dialect registry: adding a reference form is adding a module and one line here.
import type { Dialect } from './dialect';
import { tokenDialect } from './token';
import { templateDialect } from './template';
import { requiredDialect } from './required';
import { envDialect } from './env';
import { taskSecretDialect } from './taskSecret';
import { toolSecretsDialect } from './toolSecrets';
import { eventDialect } from './event';
import { vscodeRunDialect } from './vscodeRun';

export const DIALECTS: Dialect[] = [
  tokenDialect,
  templateDialect,
  requiredDialect,
  envDialect,
  taskSecretDialect,
  toolSecretsDialect,
  eventDialect,
  vscodeRunDialect,
];

export function dialectById(id: string): Dialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}
