// A database of its own on the test PostgreSQL server (TEST_DATABASE_URL), so that runs and
// suites never see each other's rows.
import pg from "pg";

let made = 0;

export async function freshDatabase(url: string): Promise<string> {
  const name = `fazhi_test_${process.pid}_${Date.now()}_${made++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
