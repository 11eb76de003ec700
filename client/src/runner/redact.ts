// Replaces every form in which an injected secret value can show up in an integration's output
// with `***`: the value itself, JSON-escaped (once and twice), URL-encoded, and base64 (standard and
// url-safe, alone or inside a longer base64 string such as a Basic auth header).
// Pure: no vscode, no I/O, so it is tested directly and shared by the parent and its tests.

export const MASK = '***';

/** Derived forms shorter than this are not redacted on their own (they would mask ordinary text). */
const MIN_DERIVED_LENGTH = 4;

function jsonEscaped(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** JSON.stringify leaves non-ASCII as is; some serializers write \uXXXX instead. */
function jsonEscapedAscii(value: string): string {
  return jsonEscaped(value).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function toBase64Url(b64: string): string {
  return b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The base64 characters that depend only on the value's bytes when the value starts at byte
 * offset `shift` (0, 1 or 2) of a longer encoded payload, e.g. `Basic base64("user:" + token)`.
 */
function base64Core(bytes: Buffer, shift: number): string {
  const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
  const startBit = 8 * shift;
  const endBit = 8 * (shift + bytes.length);
  const first = Math.ceil(startBit / 6);
  const last = Math.floor(endBit / 6); // exclusive: char i covers bits [6i, 6i + 6)
  return last > first ? encoded.slice(first, last) : '';
}

/** Every textual form of one value that is redacted. */
export function secretForms(value: string): string[] {
  if (value.length === 0) return [];
  const forms = new Set<string>([value]);
  const derived = new Set<string>();
  const json = jsonEscaped(value);
  derived.add(json);
  derived.add(jsonEscapedAscii(value));
  derived.add(jsonEscaped(json));
  const uri = encodeURIComponent(value);
  derived.add(uri);
  derived.add(uri.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()));
  derived.add(uri.replace(/%20/g, '+'));
  derived.add(encodeURI(value));
  const bytes = Buffer.from(value, 'utf8');
  const b64 = bytes.toString('base64');
  derived.add(b64);
  derived.add(b64.replace(/=+$/, ''));
  derived.add(toBase64Url(b64));
  for (const shift of [0, 1, 2]) {
    const core = base64Core(bytes, shift);
    derived.add(core);
    derived.add(toBase64Url(core));
  }
  for (const d of derived) if (d.length >= MIN_DERIVED_LENGTH || d === value) forms.add(d);
  return [...forms];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Redactor {
  /** Redacts a complete text (an error message, a stack trace, a returned value). */
  redact(text: string): string;
  /** A redactor for one output stream whose chunks may split a value anywhere. */
  stream(): StreamRedactor;
  /** Whether there is anything to redact. */
  readonly empty: boolean;
}

export interface StreamRedactor {
  /** Returns the part of the stream so far that is safe to show; holds back a possible value prefix. */
  push(chunk: string): string;
  /** Returns the rest at the end of the stream. */
  end(): string;
}

export function createRedactor(values: Iterable<string>): Redactor {
  const forms = new Set<string>();
  for (const v of values) for (const f of secretForms(v)) forms.add(f);
  // Longest first so that at any position the longest form wins (a padded base64 over its core).
  const patterns = [...forms].sort((a, b) => b.length - a.length);
  const maxLength = patterns.length ? patterns[0].length : 0;
  const source = patterns.map(escapeRegExp).join('|');

  const redact = (text: string): string => (patterns.length ? text.replace(new RegExp(source, 'g'), MASK) : text);

  /** Earliest i ≥ from where text.slice(i) could still grow into a form: that tail is held back. */
  const holdFrom = (text: string, from: number): number => {
    for (let i = Math.max(from, text.length - maxLength + 1); i < text.length; i++) {
      const tail = text.slice(i);
      if (patterns.some((p) => p.length > tail.length && p.startsWith(tail))) return i;
    }
    return text.length;
  };

  const stream = (): StreamRedactor => {
    let carry = '';
    return {
      push(chunk: string): string {
        if (!patterns.length) return chunk;
        const text = carry + chunk;
        const re = new RegExp(source, 'g');
        let out = '';
        let pos = 0;
        let hold = holdFrom(text, 0);
        for (let m = re.exec(text); m && m.index < hold; m = re.exec(text)) {
          out += text.slice(pos, m.index) + MASK;
          pos = m.index + m[0].length;
          // A complete match may run past the first possible prefix: look again after it.
          if (pos > hold) hold = holdFrom(text, pos);
        }
        out += text.slice(pos, Math.max(pos, hold));
        carry = text.slice(Math.max(pos, hold));
        return out;
      },
      end(): string {
        const rest = redact(carry);
        carry = '';
        return rest;
      },
    };
  };

  return { redact, stream, empty: patterns.length === 0 };
}
