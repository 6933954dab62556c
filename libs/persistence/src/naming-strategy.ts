import { DefaultNamingStrategy, Table } from 'typeorm';

/**
 * Foreign keys are named as PostgreSQL itself would (`<table>_<columns>_fkey`), so entities need no
 * hand-written constraint names and the migrations read like the SQL a person would write.
 */
export class ConstraintNamingStrategy extends DefaultNamingStrategy {
  override foreignKeyName(tableOrName: Table | string, columnNames: string[]): string {
    const table = typeof tableOrName === 'string' ? tableOrName : tableOrName.name;
    return `${table.replace(/^.*\./, '')}_${columnNames.join('_')}_fkey`;
  }
}
