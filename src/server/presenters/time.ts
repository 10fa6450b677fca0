// Times leave the API as ISO 8601 strings in UTC, whatever the database driver returned.
export const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());
export const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));
