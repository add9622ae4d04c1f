/**
 * The mode of the extension's shadow roots (tooltip, panel, bilingual boxes). Closed, so a page cannot read them: the
 * word you hover, its gloss, whether you saved or know it. build.mjs sets it (scripts/build-defines.mjs); only the
 * test build (TARJUMAN_OPEN_SHADOW=1) opens them, for the e2e tests to look inside. Unbundled (unit tests) it is closed.
 */
declare const __SHADOW_MODE__: ShadowRootMode | undefined;

export const SHADOW_MODE: ShadowRootMode = typeof __SHADOW_MODE__ === 'string' ? __SHADOW_MODE__ : 'closed';
