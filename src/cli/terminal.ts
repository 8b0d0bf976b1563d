/**
 * Deck text is untrusted: printed raw, an ESC or OSC sequence in a question could clear the screen,
 * forge a hyperlink or write the clipboard. Control characters (C0, DEL, C1) and the bidirectional
 * overrides are shown as escapes instead.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw inside strings (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text safe to print on one terminal line. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** JSON.stringify leaves DEL, C1 and bidi controls raw: write them as JSON escapes too. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
