import { startServer } from '@flatrender/server';
import { usageError } from '../../errors';

/**
 * `flatrender server [--port 8080] [--host 127.0.0.1]`. Flag → env → default. Logs go to
 * stdout as JSON lines; the first-start platform key goes to stderr once, outside the log.
 */
export async function serverCommand(options: { port?: string; host?: string }): Promise<void> {
  const rawPort = options.port ?? process.env.FLATRENDER_PORT ?? '8080';
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw usageError(`--port must be a port number 0–65535 (got "${rawPort}")`);
  const host = options.host ?? process.env.FLATRENDER_HOST ?? '127.0.0.1';
  const running = await startServer({
    port,
    host,
    onPlatformKey: (key) =>
      process.stderr.write(
        `\nFirst start: created a platform API key. It is shown only now — store it in your secret manager:\n\n  ${key}\n\n` +
          'Create more with `flatrender keys create --role platform`.\n\n',
      ),
  });
  process.stderr.write(`flatrender server listening on ${running.url} (${running.database}); docs at ${running.url}/docs\n`);
  // The process now lives until SIGTERM/SIGINT; startServer's handler drains and exits.
}
