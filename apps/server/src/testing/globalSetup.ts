/**
 * Says once, at the top of the run, whether the data tests also run on
 * PostgreSQL, so a green run on SQLite alone is never mistaken for both.
 */
export default function setup(): void {
  if (process.env.TEST_DATABASE_URL) {
    console.log('Data tests run on SQLite and on PostgreSQL (TEST_DATABASE_URL).');
  } else if (process.env.REQUIRE_POSTGRES === '1') {
    console.log('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: the PostgreSQL data tests will fail.');
  } else {
    console.log(
      'Note: PostgreSQL data tests are SKIPPED because TEST_DATABASE_URL is not set ' +
        '(e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres). Only SQLite is tested.',
    );
  }
}
