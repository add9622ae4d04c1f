/**
 * Nothing the content script does may throw into the page: every listener and callback it hands the browser runs
 * through `guarded`, every promise it lets go through `quiet`, and a failure is dropped silently.
 *
 * The page's own JavaScript cannot reach our built-ins: content scripts run in an isolated world (Chrome) or see the
 * page through Xray wrappers (Firefox), so a page that replaces Array.prototype.map or Node.prototype.appendChild
 * changes only its own copies. What a page shares with us is the DOM itself (nodes, custom element names, the
 * layout), and that is what the guards are for.
 */

/** `fn`, with any exception swallowed. */
export function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch {
      // never break the page
    }
  };
}

/**
 * `fn` for events the user made only: a page can dispatch synthetic pointer moves, keys and clicks (`isTrusted`
 * false) to drive the tooltip, save words or mark them known; those are ignored.
 */
export function trusted<E extends Event>(fn: (e: E) => void): (e: E) => void {
  return (e: E) => {
    if (e.isTrusted) fn(e);
  };
}

/** Lets a promise go without an unhandled rejection. */
export function quiet(p: Promise<unknown>): void {
  p.catch(() => undefined);
}
