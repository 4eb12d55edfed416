/**
 * A TCP proxy in front of the test server that a test can cut and restore: WebDriver has no
 * offline switch, so "no signal" is a server that cannot be reached. Cutting it refuses new
 * connections and drops open ones (the live stream's too), as a tablet leaving Wi-Fi would.
 */
import net from 'node:net';

export interface SwitchableProxy {
  /** The origin the browser uses, e.g. http://localhost:41234. */
  url: string;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startSwitchableProxy(targetPort: number): Promise<SwitchableProxy> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
  let up = true;
  return {
    url: `http://localhost:${port}`,
    async cut() {
      if (!up) return;
      up = false;
      await stop();
    },
    async restore() {
      if (up) return;
      await listen(port);
      up = true;
    },
    async close() {
      if (up) await stop();
      up = false;
    },
  };
}
