import { CreatePlatformTables1763892000000 } from './1763892000000-create-platform-tables';

/** Every migration, oldest first. `npm run migration:generate` prints the line to add here. */
export const MIGRATIONS = [CreatePlatformTables1763892000000];
