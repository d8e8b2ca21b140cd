/**
 * Serialises a validated http(s) URL for an HTML attribute.
 *
 * Astro 5 skips attribute escaping for any http URL that contains "&"
 * (runtime/server/render/util.js, addAttribute), so a catalog URL such as
 * `https://x.org/?a=1&b="><img onerror=…>` would break out of its attribute.
 * The WHATWG serialiser percent-encodes `"`, `<`, `>`, backticks and spaces,
 * so its output cannot end an attribute or open a tag, escaped or not.
 */
export function safeHref(url: string): string {
  return new URL(url).href;
}
