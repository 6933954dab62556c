/**
 * "2026-03-10 07:45 UTC". The views carry instants without the site's time zone, so the zone is
 * spelt out rather than guessed; a value that does not parse is printed as given.
 */
export function formatUtcDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const text = date.toISOString();
  return `${text.slice(0, 10)} ${text.slice(11, 16)} UTC`;
}
