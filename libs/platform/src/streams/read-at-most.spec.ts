import { DomainError } from '@app/domain';
import { PassThrough, Readable } from 'node:stream';
import { readAtMost } from './read-at-most';

class TooLarge extends Error {}
const tooLarge = () => new TooLarge('too large');

describe('readAtMost', () => {
  it('reads a stream whole, string or Buffer chunks, up to and including the limit', async () => {
    const data = await readAtMost(Readable.from(['ab', Buffer.from('cd'), 'e']), 5, tooLarge);
    expect(data.toString('utf8')).toBe('abcde');
  });

  it('answers an empty Buffer for a stream that has already ended', async () => {
    const stream = Readable.from([]);
    stream.resume();
    await new Promise((resolve) => stream.once('end', resolve));
    expect((await readAtMost(stream, 5, tooLarge)).length).toBe(0);
  });

  it('refuses a stream over the limit by pausing it, without destroying it or reading on', async () => {
    const stream = new PassThrough();
    const reading = readAtMost(stream, 4, tooLarge);
    stream.write('abc');
    stream.write('de');
    await expect(reading).rejects.toBeInstanceOf(TooLarge);
    expect(stream.destroyed).toBe(false);
    expect(stream.isPaused()).toBe(true);
    for (const event of ['data', 'end', 'error', 'close'])
      expect(stream.listenerCount(event)).toBe(0);
    stream.write('more');
    expect(stream.readableLength).toBe(4);
  });

  it('passes on a stream error', async () => {
    const stream = new PassThrough();
    const reading = readAtMost(stream, 10, tooLarge);
    stream.destroy(new Error('socket broke'));
    await expect(reading).rejects.toThrow('socket broke');
  });

  it('refuses a body that closes before it ends (400 naming "body")', async () => {
    const stream = new PassThrough();
    const reading = readAtMost(stream, 10, tooLarge);
    stream.write('ab');
    stream.destroy();
    const error = await reading.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'invalid' });
  });
});
