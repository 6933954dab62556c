import { DomainError } from '@app/domain';
import { HttpException, HttpStatus } from '@nestjs/common';

/** Whole megabytes where they are whole (5), else one decimal (2.5). */
const megabytes = (bytes: number): string => String(Number((bytes / 1024 / 1024).toFixed(1)));

/**
 * A request body of at most `limit` bytes: 413 at once when Content-Length already says more (a
 * slow sender is not read for nothing), else as soon as the bytes read do.
 */
export function readRequestBody(
  req: NodeJS.ReadableStream & { headers: Record<string, string | string[] | undefined> },
  limit: number,
): Promise<Buffer> {
  const tooLarge = () =>
    new HttpException(
      `The file is larger than ${megabytes(limit)} MB`,
      HttpStatus.PAYLOAD_TOO_LARGE,
    );
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > limit) return Promise.reject(tooLarge());
  return readAtMost(req, limit, tooLarge);
}

/**
 * Reads a stream whole, refusing (and no longer reading) once it exceeds `limit` bytes. It stops by
 * detaching and pausing rather than destroying the stream: destroying an HTTP request can close the
 * connection before the 413 is written.
 */
export function readAtMost(
  stream: NodeJS.ReadableStream,
  limit: number,
  tooLarge: () => Error,
): Promise<Buffer> {
  if ((stream as { readableEnded?: boolean }).readableEnded)
    return Promise.resolve(Buffer.alloc(0));
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const detach = () => {
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      stream.removeListener('close', onClose);
    };
    const onData = (chunk: Buffer | string) => {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      size += buffer.length;
      if (size > limit) {
        detach();
        stream.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(buffer);
    };
    const onEnd = () => {
      detach();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      detach();
      reject(error);
    };
    const onClose = () => {
      detach();
      reject(DomainError.invalid('body', 'ended before it was complete'));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
    stream.resume();
  });
}
