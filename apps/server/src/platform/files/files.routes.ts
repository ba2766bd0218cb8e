import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, fileMetadata, fileNameHeader, idParams, maxFileBytes, storedFile } from '@triad/contracts';
import { asCaller, principalOf } from '../access/index.ts';
import { fileContentOf, fileMetadataOf } from './read-file.ts';
import { storeFile } from './store-file.ts';

const tags = ['files'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 413: errorResponse };

/** RFC 6266 / 5987: `filename*` carries any Unicode name; `filename` is an ASCII fallback for old clients. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function filesRoutes(app: FastifyInstance): Promise<void> {
  // Encapsulated: the raw-bytes parser applies to the upload route only, every other route keeps JSON.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxFileBytes }, (_request, body, done) => { done(null, body); });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    r.post('/api/v1/files', {
      config: { authenticated: true },
      bodyLimit: maxFileBytes,
      schema: {
        tags, summary: 'Upload a file (raw bytes; X-File-Name: URI-encoded name)',
        description: `Body: the file itself, any Content-Type, at most ${maxFileBytes} bytes.`,
        response: { 201: storedFile, ...errors },
      },
    }, async (request, reply) => {
      const p = principalOf(request);
      const body = request.body;
      const name = request.headers[fileNameHeader];
      const saved = await asCaller(request, () => storeFile({
        bytes: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
        encodedName: typeof name === 'string' ? name : undefined,
        contentType: request.headers['content-type'],
        uploader: { id: p.userId, displayName: p.displayName },
      }));
      return reply.status(201).send(saved);
    });
  });

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/files/:id', {
    config: { authenticated: true },
    schema: { tags, summary: 'A file\'s metadata', params: idParams, response: { 200: fileMetadata, ...errors } },
  }, (request) => asCaller(request, () => fileMetadataOf(request.params.id, principalOf(request))));

  app.get<{ Params: { id: string } }>('/api/v1/files/:id/content', {
    config: { authenticated: true },
    // No response schema: OpenAPI then shows a plain 200, and the raw bytes skip JSON serialisation.
    schema: { tags, summary: 'Download a file', description: 'The bytes, with the stored Content-Type and Content-Disposition (filename*).', params: idParams },
  }, async (request, reply) => {
    const { meta, bytes } = await asCaller(request, () => fileContentOf(request.params.id, principalOf(request)));
    return reply
      .header('content-type', meta.mimeType)
      .header('content-disposition', contentDisposition(meta.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private')
      .send(bytes);
  });
}
