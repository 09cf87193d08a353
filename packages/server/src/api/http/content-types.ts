import type { FastifyInstance } from 'fastify';

/**
 * JSON only (DESIGN.md): Fastify's text/plain parser is removed so any other type is a
 * 415, and an empty JSON body reads as "no body" — clients commonly send
 * content-type: application/json on a POST without one (cancel, suspend, ping).
 */
export function installJsonOnly(app: FastifyInstance): void {
  app.removeContentTypeParser('text/plain');
  const strict = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    return strict(request, text, done);
  });
}
