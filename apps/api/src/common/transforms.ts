/** class-transformer helpers shared by the DTOs. */

/** Surrounding spaces never matter in a text field (names, reasons, emails). */
export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

const toUpper = (value: unknown): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** Codes written in capitals (countries, currencies), however they were typed; lists too. */
export const upper = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? value.map(toUpper) : toUpper(value);

/** The message of every calendar-date field (with @IsISO8601({ strict: true }, DATE_MESSAGE)). */
export const DATE_MESSAGE = { message: 'must be a date (YYYY-MM-DD)' };
