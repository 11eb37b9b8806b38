/**
 * @internal Escaping for the renderers: every string of a report is data, never markup.
 *
 * @module
 */

const XML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * @internal Text for HTML or SVG, in element content and in quoted attributes. Characters XML 1.0 forbids (C0 controls
 * other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so an SVG of hostile names still parses.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => XML[c] as string)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
}

/**
 * @internal Text for a Markdown table cell or list item: Markdown's punctuation and raw HTML escaped with backslashes
 * (CommonMark's backslash escapes), line breaks as spaces, so a name like `<script>` or `*` reads as written.
 */
export function escapeMarkdown(text: string): string {
  const inline = plainText(text).replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
  // what would open a block at the start of a line or a list item: a heading, a list, a quote, a numbered list
  // (CommonMark: a marker followed by a space or the end of the line)
  return inline.replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2').replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
}

/** @internal Text for a terminal: control characters (escape sequences included) shown as U+FFFD, line breaks as spaces. */
export function plainText(text: string): string {
  return text.replace(/\r\n?|\n|\t/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd')
}
