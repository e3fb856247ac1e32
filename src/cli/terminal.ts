/**
 * Characters a terminal may act on instead of printing: C0 controls except tab and line feed (ESC
 * starts CSI and OSC sequences, e.g. OSC 52 writes the clipboard; CR overwrites a line), DEL, the C1
 * controls (U+009B is a one-character CSI) and the bidirectional overrides that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows every such character as a visible `\uXXXX` escape. In JSON output these can only occur
 * inside strings (JSON.stringify already escapes C0 there), where `\uXXXX` is the same character,
 * so JSON stays valid and exact.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
