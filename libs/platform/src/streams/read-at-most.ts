import { DomainError } from '@app/domain';

/**
 * Reads a stream whole, refusing (and no longer reading) once it exceeds `limit` bytes. It stops by
 * detaching and pausing rather than destroying the stream: destroying an HTTP request closes the
 * connection, and the client would never see the 413. (So never read a request body with
 * `for await`: leaving that loop early destroys the stream.)
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
