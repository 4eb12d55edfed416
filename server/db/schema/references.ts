/** A required column naming a row of another table (NOT NULL, with its foreign key): one line where a table names several. */
import { text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

export function requiredRef<Name extends string>(name: Name, target: () => AnySQLiteColumn) {
  return text(name).notNull().references(target);
}
