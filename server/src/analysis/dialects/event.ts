// Dialect `event` (Flatfile): a listener fetches a secret when it runs with
// `await event.secrets('NAME', options?)`; the options pick another environment or space.
import { CODE_LANGUAGES, type Dialect, type NameSlot } from './dialect';
import type { ParsedDocument } from '../document';
import { jsFacts, mayNameSecrets } from '../integrations';
import type { Reference } from '../model/types';
import { useReferences, slotAt } from './textForms';
import { guardedStart } from '../keywords';

const SECRETS_CALL = guardedStart(/\.secrets\s*\(/, '.secrets');

export const eventDialect: Dialect = {
  id: 'event',
  label: "event.secrets('NAME')",
  caseSensitive: true,
  forms: [{ format: (name) => `event.secrets('${name}')`, detail: 'listeners' }],
  languages: CODE_LANGUAGES,
  mayContain: (text) => mayNameSecrets(text) && text.has(SECRETS_CALL),
  find(doc: ParsedDocument): Reference[] {
    const facts = jsFacts(doc);
    if (!facts) return [];
    return useReferences(doc, 'event', facts.eventRefs);
  },
  nameSlotAt(doc: ParsedDocument, offset: number): NameSlot | undefined {
    if (doc.kind !== 'javascript' && doc.kind !== 'typescript') return undefined;
    return slotAt(doc, offset, /\.secrets\s*\(\s*(['"`])([A-Za-z0-9_]*)$/, (m, after) => (after.startsWith(m[1]) ? undefined : m[1]));
  },
};
