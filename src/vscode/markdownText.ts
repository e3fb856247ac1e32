// Plain text into a MarkdownString, shown as written. `MarkdownString.appendText` escapes the text but
// also turns every space into a non-breaking one, so a remark longer than its comment thread or hover
// is cut off at the edge instead of wrapping; this escapes the same way and keeps ordinary spaces.
import type * as vscode from 'vscode';

/** Every ASCII punctuation character, which CommonMark lets a backslash escape. */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * The text as Markdown that renders exactly as the text: no emphasis, link, image, heading, list,
 * code block or HTML from the text itself. Each line is a paragraph; leading spaces are kept.
 */
export function plainMarkdown(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(PUNCTUATION, '\\$&').replace(/^[ \t]+/, (lead) => '&nbsp;'.repeat(lead.length)))
    .join('\n\n');
}

/** Appends plain text (see `plainMarkdown`) and returns the string, as `appendText` does. */
export function appendPlain(md: vscode.MarkdownString, text: string): vscode.MarkdownString {
  return md.appendMarkdown(plainMarkdown(text));
}
