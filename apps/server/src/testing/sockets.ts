import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';

/** A raw client connection, for what `inject` cannot show: timeouts, refused connections, shutdown. */
export type RawClient = {
  /** Resolves once connected (or rejects when refused). */
  connected: Promise<void>;
  /** Resolves when the connection has closed, from either side. */
  closed: Promise<void>;
  isClosed(): boolean;
  /** Everything the server sent. */
  received(): string;
  /** The status of the first answer, or null before one arrived. */
  status(): number | null;
  /** Resolves with the first answer's status (null if the connection closed without one). */
  answer(): Promise<number | null>;
  write(text: string): void;
  destroy(): void;
};

/** Opens a connection to the app's port, from `localAddress` (any 127.x.y.z on Linux). */
export function rawClient(port: number, localAddress = '127.0.0.1'): RawClient {
  const socket = connect({ host: '127.0.0.1', port, localAddress });
  let data = '';
  let closed = false;
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  // Resets are one way a server closes a connection; tests look at `closed`, not at errors.
  socket.on('error', () => {});
  connected.catch(() => {});
  const closing = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closed = true;
      resolve();
    }),
  );
  const status = () => {
    const match = /^HTTP\/1\.1 (\d{3})/.exec(data);
    return match ? Number(match[1]) : null;
  };
  socket.on('data', (chunk: Buffer) => {
    data += chunk.toString('utf8');
  });
  return {
    connected,
    closed: closing,
    isClosed: () => closed,
    received: () => data,
    status,
    answer: () =>
      new Promise((resolve) => {
        const check = () => {
          if (status() !== null || closed) {
            socket.off('data', check);
            resolve(status());
          }
        };
        socket.on('data', check);
        void closing.then(check);
        check();
      }),
    write: (text) => {
      socket.write(text);
    },
    destroy: () => {
      socket.destroy();
    },
  };
}

/** The port of an app listening on 127.0.0.1. */
export async function listen(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the app is not listening on a port');
  return address.port;
}

/** A request's head, as a client writes it. */
export function requestHead(method: string, path: string, headers: Record<string, string> = {}): string {
  const lines = Object.entries({ host: 'localhost', ...headers }).map(([name, value]) => `${name}: ${value}`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n`;
}

/** Resolves after `ms`. */
export const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
