import type { FastifyReply } from 'fastify';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Room for a 2 MB workbook sent as base64 (4/3 larger) plus the JSON around it. */
export const importBodyLimit = 3 * 1024 * 1024 + 64 * 1024;

/** Sends a workbook as a download; the Chinese file name travels RFC 5987-encoded. */
export function sendXlsx(reply: FastifyReply, fileName: string, content: Buffer): FastifyReply {
  return reply
    .header('content-type', xlsxType)
    .header('content-disposition', `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(content);
}
