// The dialect registry: adding a reference form is adding a module and one line here.
import type { Dialect } from '../dialect';
import { tokenDialect } from './token';
import { templateDialect } from './template';
import { requiredDialect } from './required';
import { envDialect } from './env';
import { taskSecretDialect } from './taskSecret';
import { eventDialect } from './event';

export const DIALECTS: Dialect[] = [
  tokenDialect,
  templateDialect,
  requiredDialect,
  envDialect,
  taskSecretDialect,
  eventDialect,
];

export function dialectById(id: string): Dialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}
