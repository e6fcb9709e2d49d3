/// <reference path="./http_ece.d.ts" />
import { createECDH, type ECDH, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';

/** A message the receiver got, decrypted with the subscription's own keys as a browser would. */
export type ReceivedPush = { subscriptionId: string; payload: string; headers: IncomingHttpHeaders };

export type TestSubscription = { id: string; endpoint: string; keys: { p256dh: string; auth: string } };

/**
 * A stand-in push service for the tests (no real one is reachable, and none
 * is needed): it hands out subscriptions with real P-256 keys and an auth
 * secret, and decrypts every message posted to them (RFC 8291, aes128gcm),
 * so a test reads exactly what a phone would show. It answers 201, or the
 * status a test sets for one subscription (410: "gone").
 */
export async function startPushReceiver(host = '127.0.0.1', port = 0) {
  const keys = new Map<string, { ecdh: ECDH; auth: string }>();
  const statuses = new Map<string, number>();
  const received: ReceivedPush[] = [];
  let count = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = request.url?.split('/').at(-1) ?? '';
      const key = keys.get(id);
      const status = statuses.get(id) ?? (key ? 201 : 404);
      if (key && status === 201 && request.method === 'POST') {
        try {
          const payload = decrypt(Buffer.concat(chunks), {
            version: 'aes128gcm',
            privateKey: key.ecdh,
            authSecret: key.auth,
          });
          received.push({ subscriptionId: id, payload: payload.toString('utf8'), headers: request.headers });
        } catch {
          response.writeHead(400).end();
          return;
        }
      }
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    /** A new browser subscription at this receiver. */
    subscribe(): TestSubscription {
      count += 1;
      const id = `sub${count}-${randomBytes(4).toString('hex')}`;
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16).toString('base64url');
      keys.set(id, { ecdh, auth });
      return {
        id,
        endpoint: `${origin}/push/${id}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth },
      };
    },
    /** From now on, answer this status to pushes for the subscription (410: the push service dropped it). */
    answer(subscriptionId: string, status: number): void {
      statuses.set(subscriptionId, status);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
