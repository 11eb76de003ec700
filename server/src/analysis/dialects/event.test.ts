import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ParsedDocument } from '../document';
import { DEFAULT_SETTINGS } from '../model/types';
import { eventDialect } from './event';

describe('dialect event (Flatfile)', () => {
  it("finds event.secrets('NAME') with and without options", () => {
    const text = `listener.on('job:ready', async (event) => {
  const slackToken = await event.secrets('SLACK_TOKEN');
  const other = await event.secrets("SLACK_WEBHOOK_URL", { environmentId, spaceId });
});`;
    const refs = eventDialect.find(new ParsedDocument({ uri: 'file:///l.js', text }), DEFAULT_SETTINGS);
    assert.deepEqual(
      refs.map((r) => [r.name, r.kind, text.slice(r.range.start, r.range.end)]),
      [
        ['SLACK_TOKEN', 'use', 'SLACK_TOKEN'],
        ['SLACK_WEBHOOK_URL', 'use', 'SLACK_WEBHOOK_URL'],
      ],
    );
  });

  it('does not take SDK calls or dynamic names for references', () => {
    const text = "await julep.secrets.get({ name: 'x' }); await event.secrets(name);";
    assert.deepEqual(eventDialect.find(new ParsedDocument({ uri: 'file:///l.ts', text }), DEFAULT_SETTINGS), []);
  });

  it("offers a name slot inside event.secrets('", () => {
    const text = "await event.secrets('SLA";
    assert.deepEqual(eventDialect.nameSlotAt!(new ParsedDocument({ uri: 'file:///l.js', text }), text.length), {
      replace: { start: text.length - 3, end: text.length },
      prefix: 'SLA',
      closer: "'",
    });
  });
});
