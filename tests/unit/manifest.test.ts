/**
 * The build as shipped: the manifests ask for what the extension uses and nothing more (README, "Permissions and
 * why"), as a permission nobody uses is reach a compromised extension would have for free; and the extension's shadow
 * roots are closed to the page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SHADOW_MODE } from '../../src/content/shadow-mode';

const manifest = (browser: 'chrome' | 'firefox') =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'dist', browser, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe.each([
  ['chrome', ['offscreen', 'storage']],
  ['firefox', ['storage']],
] as const)('%s manifest', (browser, permissions) => {
  const m = manifest(browser);

  test('permissions: storage (and offscreen in Chrome, for the engine worker); no activeTab, tabs or scripting', () => {
    expect([...(m.permissions as string[])].sort()).toEqual(permissions);
  });

  test('hosts only as optional permissions, asked at run time; pages cannot message or load the extension', () => {
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });
});

describe('shadow roots: closed as shipped, open only in the test build', () => {
  const ROOT = path.join(__dirname, '..', '..');
  const defines = (env: Record<string, string>) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import { buildDefines } from './scripts/build-defines.mjs'; console.log(JSON.stringify(buildDefines({ env: JSON.parse(process.env.ENV_UNDER_TEST) })))",
        ],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ENV_UNDER_TEST: JSON.stringify(env) } },
      ),
    ) as Record<string, string>;

  test('build.mjs compiles "closed" into the extension unless TARJUMAN_OPEN_SHADOW=1', () => {
    expect(defines({}).__SHADOW_MODE__).toBe('"closed"');
    expect(defines({ TARJUMAN_OPEN_SHADOW: '0' }).__SHADOW_MODE__).toBe('"closed"');
    expect(defines({ TARJUMAN_OPEN_SHADOW: '1' }).__SHADOW_MODE__).toBe('"open"');
  });

  test('the store packages cannot be made from the test build', () => {
    const r = spawnSync(process.execPath, ['build.mjs', '--package'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TARJUMAN_OPEN_SHADOW: '1' },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/closed shadow roots/);
  });

  test('unbundled (as in unit tests) the mode is closed', () => {
    expect(SHADOW_MODE).toBe('closed');
  });
});
