/**
 * An extension page's view of one origin's optional host permission: whether it is granted (null while asking),
 * and a request that must run straight from a click, as browsers require a user gesture.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { endpointOf, type Endpoint } from '../providers/endpoint';

export interface HostPermission {
  endpoint: Endpoint | null;
  granted: boolean | null;
  /** asks for the permission; `onDenied` runs when the user refuses or the request fails */
  request: (onDenied: () => void) => void;
}

export function useHostPermission(url: string): HostPermission {
  const endpoint = endpointOf(url);
  const pattern = endpoint?.pattern;
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    setGranted(null);
    if (!pattern) return;
    let live = true;
    browser.permissions.contains({ origins: [pattern] }).then(
      (g) => live && setGranted(g),
      () => live && setGranted(false),
    );
    return () => {
      live = false;
    };
  }, [pattern]);
  const request = (onDenied: () => void) => {
    if (!pattern) return;
    browser.permissions.request({ origins: [pattern] }).then((g) => {
      setGranted(g);
      if (!g) onDenied();
    }, onDenied);
  };
  return { endpoint, granted, request };
}
