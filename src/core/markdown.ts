import MarkdownIt from 'markdown-it';

/**
 * Renders untrusted Markdown (question packs, model output) to HTML for a webview: raw HTML is
 * escaped, only http(s) and mailto links survive, and images render as their alt text so nothing
 * is fetched from elsewhere.
 */
export function createMarkdownRenderer(): (markdown: string) => string {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url: string): boolean => /^(https?:|mailto:)/i.test(url.trim());
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx];
    const alt = token ? md.utils.escapeHtml(token.content) : '';
    return `<span class="image-alt">[image: ${alt}]</span>`;
  };
  return (markdown: string) => md.render(markdown);
}
