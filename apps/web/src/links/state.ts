import type { AccessLogEntryBody, LinkBody, LinkPreviewBody } from '@veerkracht/contract';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { App } from '../data/app';
import type { ApiResult } from '../data/sync/api';

/** Why a call to the server did not work, in the words the page picks. */
export type LinkFailure = 'no_backup' | 'offline' | 'invalid_code' | 'already_linked' | 'too_many' | 'failed';

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: LinkFailure };

/** A server answer as what the person can act on. */
function outcome<T>(result: ApiResult<T> | { ok: false; kind: 'signed_out' }): Outcome<T> {
  if (result.ok) return { ok: true, value: result.value };
  if (result.kind === 'signed_out') return { ok: false, failure: 'no_backup' };
  if (result.kind === 'network') return { ok: false, failure: 'offline' };
  if (result.status === 401) return { ok: false, failure: 'no_backup' };
  if (result.status === 404 || result.status === 400) return { ok: false, failure: 'invalid_code' };
  if (result.status === 409) return { ok: false, failure: 'already_linked' };
  if (result.status === 429) return { ok: false, failure: 'too_many' };
  return { ok: false, failure: 'failed' };
}

export const previewLink = async (app: App, code: string): Promise<Outcome<LinkPreviewBody>> =>
  outcome(await app.sync.asThisDevice((api, token) => api.previewLink(token, code)));

export const linkWith = async (app: App, code: string): Promise<Outcome<LinkBody>> =>
  outcome(await app.sync.asThisDevice((api, token) => api.link(token, code)));

export const unlink = async (app: App, id: string): Promise<Outcome<null>> =>
  outcome(await app.sync.asThisDevice((api, token) => api.unlink(token, id)));

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; failure: LinkFailure };

/** Loads from the server when the page opens and when `reload` is called. */
function useServer<T>(app: App, load: (app: App) => Promise<Outcome<T>>): { loaded: Loaded<T>; reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  // `round` is the reason to load again.
  useEffect(() => {
    let live = true;
    void load(app).then((result) => {
      if (live)
        setLoaded(result.ok ? { state: 'ready', value: result.value } : { state: 'failed', failure: result.failure });
    });
    return () => {
      live = false;
    };
  }, [app, load, round]);
  return { loaded, reload };
}

const loadLinks = async (app: App) => outcome(await app.sync.asThisDevice((api, token) => api.links(token)));
const loadAccessLog = async (app: App) => outcome(await app.sync.asThisDevice((api, token) => api.accessLog(token)));

/** The person's links, newest first, ended ones too. */
export function useLinks(app: App): { loaded: Loaded<{ links: LinkBody[] }>; reload: () => void } {
  return useServer(app, loadLinks);
}

/** Who read or changed what of the person's data, newest first. */
export function useAccessLog(app: App): Loaded<{ entries: AccessLogEntryBody[] }> {
  return useServer(app, loadAccessLog).loaded;
}
