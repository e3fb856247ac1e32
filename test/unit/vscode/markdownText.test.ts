import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { plainMarkdown } from '../../../src/vscode/markdownText';

// Rendered the way a comment or hover renders Markdown, with links turned on, so that anything the
// text could become (a link, an image, emphasis, a heading, a list, HTML) would show up as a tag.
const md = new MarkdownIt({ html: true, linkify: true });
const decode = (html: string): string => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&nbsp;|\u00a0/g, ' ');

describe('plain text in Markdown (comment threads, tooltips)', () => {
  it('renders as written: no emphasis, link, image, heading, list, code or HTML from the text', () => {
    const lines = ['**bold** _it_ `code` [link](https://example.com/x) ![img](https://example.com/p.png)', '# not a heading', '- not a list', '1. not a list either', '<b>not html</b> &amp; https://example.com/auto', '    four spaces are not a code block', '| a | b |'];
    const html = md.render(plainMarkdown(lines.join('\n')));
    assert.doesNotMatch(html, /<(?!\/?p>)[a-z]/i, `only paragraphs: ${html}`);
    const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1]!));
    assert.deepEqual(paragraphs, lines);
  });

  it('keeps ordinary spaces, so a long remark wraps at the edge of its thread instead of being cut off', () => {
    const text = 'Actionable: No edge cases listed. Name the inputs that break naive solutions (empty, one element, duplicates).';
    const out = plainMarkdown(text);
    assert.doesNotMatch(out, /&nbsp;|\u00a0/);
    assert.equal(out.split(' ').length, text.split(' ').length);
  });
});
