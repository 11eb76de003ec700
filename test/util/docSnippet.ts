// The code blocks of a documentation page, read at test time so that a test runs the recipe a
// user copies from the page and the page cannot drift from what is tested.
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';

/**
 * The text of the first fenced block tagged `info` (e.g. `elisp`, `toml`) in the section of
 * `file` under the heading `heading` (up to the next heading of the same or a higher level).
 */
export function docSnippet(file: string, heading: string, info: string): string {
  const tokens = new MarkdownIt().parse(readFileSync(file, 'utf8'), {});
  let level: number | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'heading_open') {
      const l = Number(t.tag.slice(1));
      if (level !== undefined && l <= level) break;
      if (level === undefined && tokens[i + 1]?.content === heading) level = l;
    } else if (level !== undefined && t.type === 'fence' && t.info.trim() === info) {
      return t.content;
    }
  }
  throw new Error(
    `${file} has no \`\`\`${info} block under the heading "${heading}": the test runs that block, so put it back or update the test`,
  );
}
