import type { Response } from 'express';

/**
 * Sends CSV as it is produced (all pages of a large list without holding them). Check that what
 * is exported exists before calling: once the first chunk is sent, a failure can only cut the
 * response short.
 */
export async function streamCsv(
  res: Response,
  filename: string,
  chunks: AsyncIterable<string>,
): Promise<void> {
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename.replace(/"/g, '')}"`);
  try {
    for await (const chunk of chunks) {
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  } catch (error) {
    res.destroy(error as Error);
  }
}
