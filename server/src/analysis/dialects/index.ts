// The dialect registry: adding a reference form is adding a module and one line here.
import type { Dialect } from '../dialect';
import { tokenDialect } from './token';
import { templateDialect } from './template';

export const DIALECTS: Dialect[] = [
  tokenDialect,
  templateDialect,
];

export function dialectById(id: string): Dialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}
