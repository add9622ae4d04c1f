// Constants build.mjs compiles into the extension's bundles (esbuild `define`), from the build's environment.
//   TARJUMAN_OPEN_SHADOW=1  the test build: the tooltip's, panel's and bilingual boxes' shadow roots are open, so the
//                           e2e tests can look inside them. The extension as shipped keeps them closed, and
//                           `node build.mjs --package` refuses to run with it.

/** @param {{ dev?: boolean, env?: Record<string, string | undefined> }} opts */
export function buildDefines({ dev = false, env = process.env } = {}) {
  return {
    'process.env.NODE_ENV': dev ? '"development"' : '"production"',
    __SHADOW_MODE__: JSON.stringify(openShadow(env) ? 'open' : 'closed'),
  };
}

/** Whether this is the test build (see the top). */
export const openShadow = (env = process.env) => env.TARJUMAN_OPEN_SHADOW === '1';
