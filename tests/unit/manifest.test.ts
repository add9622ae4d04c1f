/**
 * The built manifests ask for what the extension uses and nothing more (README, "Permissions and why"): a permission
 * nobody uses is reach a compromised extension would have for free.
 */
import fs from 'node:fs';
import path from 'node:path';

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
