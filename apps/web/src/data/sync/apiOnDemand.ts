import type { Api } from './api';

/** What every call answers while the API client's file cannot be fetched: the same as a request that does not get through. */
const NOT_THROUGH = { ok: false, kind: 'network' } as const;

/**
 * The API client, fetched on the first call that needs the server: a device without backup, most people's, never
 * loads it, and every first screen is that much lighter (decision 0042). Each call waits for the client and then
 * makes the real call. When the client's file cannot be fetched (offline before the app was cached), the call
 * answers `{ ok: false, kind: 'network' }`, as a request that does not get through does, and the next call tries the
 * file again.
 *
 * @example
 * const api = apiOnDemand(() => import('./api').then((module) => module.createApi(fetch)));
 * await api.listDevices(token) // the first call loads the client, then asks the server
 */
export function apiOnDemand(load: () => Promise<Api>): Api {
  let loading: Promise<Api> | undefined;
  const client = () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  // Every property of the stand-in is a call of the same name on the real client, so the list of calls lives in one
  // place (the `Api` type and `createApi`).
  return new Proxy({} as Api, {
    get: (_target, name) => {
      // Not a call: without this, `await` or `Promise.resolve` would take the stand-in for a promise.
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) =>
        client().then(
          // The name is one of `Api`'s calls: the stand-in is typed as `Api`, so nothing else can be asked for.
          (real) => (Reflect.get(real, name) as (...callArgs: unknown[]) => Promise<unknown>)(...args),
          () => NOT_THROUGH,
        );
    },
  });
}
