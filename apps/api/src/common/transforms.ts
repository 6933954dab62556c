/** class-transformer helpers shared by the DTOs. */

/** Surrounding spaces never matter in a text field (names, reasons, emails). */
export const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;
