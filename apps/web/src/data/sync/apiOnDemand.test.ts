import { describe, expect, it } from 'vitest';
import { createApi } from './api';
import { apiOnDemand } from './apiOnDemand';

/** A server that answers every request with the path it was asked for, and counts the requests. */
function echoServer() {
  const paths: string[] = [];
  const fetch = async (input: string) => {
    paths.push(input);
    return new Response(JSON.stringify({ path: input }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { paths, fetch };
}

describe('apiOnDemand', () => {
  it('loads the client on the first call, once, and makes each call on it', async () => {
    const server = echoServer();
    let loads = 0;
    const api = apiOnDemand(async () => {
      loads += 1;
      return createApi(server.fetch);
    });
    expect(loads).toBe(0);
    const [devices, links] = await Promise.all([api.listDevices('token'), api.links('token')]);
    await api.accessLog('token');
    expect(loads).toBe(1);
    expect(devices).toMatchObject({ ok: true, value: { path: '/api/v1/devices' } });
    expect(links).toMatchObject({ ok: true, value: { path: '/api/v1/links' } });
    expect(server.paths).toEqual(['/api/v1/devices', '/api/v1/links', '/api/v1/access-log']);
  });

  it('answers a call as not getting through while the client cannot be fetched, and tries again on the next call', async () => {
    const server = echoServer();
    let offline = true;
    const api = apiOnDemand(async () => {
      if (offline) throw new TypeError('Failed to fetch dynamically imported module');
      return createApi(server.fetch);
    });
    await expect(api.listDevices('token')).resolves.toEqual({ ok: false, kind: 'network' });
    expect(server.paths).toEqual([]);
    offline = false;
    await expect(api.listDevices('token')).resolves.toMatchObject({ ok: true });
    expect(server.paths).toEqual(['/api/v1/devices']);
  });

  it('is not taken for a promise', async () => {
    const api = apiOnDemand(async () => createApi(echoServer().fetch));
    expect(await Promise.resolve(api)).toBe(api);
  });
});
