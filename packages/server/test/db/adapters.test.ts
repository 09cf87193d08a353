import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@flatrender/server/db/database';
import { isDatabaseError, SqlState } from '@flatrender/server/db/errors';
import { openDatabase, resolveDatabaseConfig } from '@flatrender/server/db/open-database';
import { createTestDatabase, type TestDatabase, testBackends } from '../../../../test/support/test-database';

describe.each(testBackends)('%s adapter', (kind) => {
  let test: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    test = await createTestDatabase(kind, { migrate: false });
    db = test.db;
    await db.exec(`
      create table items (id serial primary key, name text unique not null, tenant text);
      create table counter (n int not null);
      insert into counter values (0);
      create table steps (id serial primary key, tx int not null, step int not null);
    `);
  });
  afterAll(() => test?.drop());

  it('reports its kind', () => {
    expect(db.kind).toBe(kind);
  });

  it('binds $n parameters, including null and json', async () => {
    const { rows } = await db.query<{ sum: number; t: string | null; j: { a: number } }>(
      'select $1::int + $2::int as sum, $3::text as t, $4::jsonb as j',
      [1, 2, null, JSON.stringify({ a: 1 })],
    );
    expect(rows).toEqual([{ sum: 3, t: null, j: { a: 1 } }]);
  });

  it('returns the same value types on both backends', async () => {
    const { rows } = await db.query(
      `select 7::int8 as small, 9007199254740993::int8 as big, 1.50::numeric as money,
              '2026-01-31'::date as day, '2026-01-31T10:00:00Z'::timestamptz as at,
              array[1, 2]::int8[] as ints, '1 day'::interval as span`,
    );
    expect(rows[0]).toEqual({
      small: 7,
      big: 9007199254740993n,
      money: '1.50',
      day: '2026-01-31',
      at: new Date('2026-01-31T10:00:00Z'),
      ints: [1, 2],
      span: '1 day',
    });
  });

  it('counts affected rows and selected rows', async () => {
    const insert = await db.query("insert into items (name) values ('a'), ('b')");
    expect(insert.rowCount).toBe(2);
    expect((await db.query("update items set tenant = 't' where name in ('a', 'b')")).rowCount).toBe(2);
    expect((await db.query('select * from items')).rowCount).toBe(2);
    await db.query('delete from items');
  });

  it('query() takes one statement; exec() runs a script', async () => {
    await expect(db.query('select 1; select 2')).rejects.toMatchObject({ code: '42601' });
    await db.exec("create table script_a (x int); insert into script_a values (1); drop table script_a;");
  });

  it('surfaces the SQLSTATE and constraint uniformly', async () => {
    await db.query("insert into items (name) values ('dup')");
    const error = await db.query("insert into items (name) values ('dup')").catch((err: unknown) => err);
    expect(isDatabaseError(error, SqlState.uniqueViolation)).toBe(true);
    expect(error).toMatchObject({ code: '23505', constraint: 'items_name_key', table: 'items' });
    await expect(db.exec('select 1/0')).rejects.toMatchObject({ name: 'DatabaseError', code: '22012' });
    await expect(db.transaction((tx) => tx.query('select * from no_such_table'))).rejects.toMatchObject({ code: '42P01' });
    await db.query('delete from items');
  });

  it('commits a transaction and returns its result', async () => {
    const id = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ id: number }>("insert into items (name) values ('kept') returning id");
      return rows[0]!.id;
    });
    expect((await db.query('select name from items where id = $1', [id])).rows).toEqual([{ name: 'kept' }]);
    await db.query('delete from items');
  });

  it('rolls back when the callback throws, and rethrows', async () => {
    const boom = new Error('boom');
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into items (name) values ('lost')");
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect((await db.query("select * from items where name = 'lost'")).rowCount).toBe(0);
  });

  it('refuses to report success when a failed statement was caught inside the transaction', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("insert into items (name) values ('half')");
        await tx.query('select 1/0').catch(() => undefined);
      }),
    ).rejects.toMatchObject({ code: SqlState.inFailedTransaction });
    expect((await db.query("select * from items where name = 'half'")).rowCount).toBe(0);
  });

  it('refuses a tx used after its transaction ended', async () => {
    let escaped: Parameters<Parameters<Database['transaction']>[0]>[0] | undefined;
    await db.transaction(async (tx) => {
      escaped = tx;
    });
    await expect(async () => escaped!.query('select 1')).rejects.toThrow(/transaction already finished/);
  });

  it('tenantTransaction sets app.tenant_id only inside that transaction', async () => {
    const tenant = '00000000-0000-0000-0000-000000000001';
    const inside = await db.tenantTransaction(tenant, (tx) =>
      tx.query<{ tenant: string; pid: number }>("select current_setting('app.tenant_id') as tenant, pg_backend_pid() as pid"),
    );
    expect(inside.rows[0]!.tenant).toBe(tenant);
    // The pool hands the just-released client out again, so this is the same session.
    const after = await db.transaction((tx) =>
      tx.query<{ tenant: string | null; pid: number }>(
        "select current_setting('app.tenant_id', true) as tenant, pg_backend_pid() as pid",
      ),
    );
    expect(after.rows[0]!.pid).toBe(inside.rows[0]!.pid);
    expect(after.rows[0]!.tenant || null).toBeNull();
  });

  it('withConnection keeps one session (advisory locks) and can open transactions', async () => {
    const result = await db.withConnection(async (conn) => {
      await conn.query('select pg_advisory_lock(4242)');
      const pid = (await conn.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
      const txPid = await conn.transaction(async (tx) => (await tx.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid);
      const held = await conn.query<{ n: number }>("select count(*) as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()");
      await conn.query('select pg_advisory_unlock(4242)');
      return { same: pid === txPid, held: held.rows[0]!.n };
    });
    expect(result).toEqual({ same: true, held: 1 });
  });

  it('keeps 50 parallel read-modify-write transactions consistent', async () => {
    await Promise.all(
      Array.from({ length: 50 }, () =>
        db.transaction(async (tx) => {
          const { rows } = await tx.query<{ n: number }>('select n from counter for update');
          await sleep(1);
          await tx.query('update counter set n = $1', [rows[0]!.n + 1]);
        }),
      ),
    );
    expect((await db.query('select n from counter')).rows).toEqual([{ n: 50 }]);
  });

  it('close() is idempotent', async () => {
    const other = await openDatabase(kind === 'postgres' ? { url: test.url } : {});
    await Promise.all([other.close(), other.close()]);
  });
});

describe('PGlite serialization', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({});
    await db.exec('create table steps (id serial primary key, tx int not null, step int not null)');
  });
  afterAll(() => db?.close());

  it('never interleaves 50 parallel transactions or lets a query in mid-transaction', async () => {
    const transactions = Array.from({ length: 50 }, (_, tx) =>
      db.transaction(async (t) => {
        for (let step = 0; step < 3; step++) {
          await t.query('insert into steps (tx, step) values ($1, $2)', [tx, step]);
          await sleep(0); // give every other caller a chance to cut in
        }
      }),
    );
    // Plain queries racing the transactions from outside them.
    const outside = (async () => {
      for (let i = 0; i < 100; i++) {
        await db.query('insert into steps (tx, step) values (-1, $1)', [i]);
        await sleep(0);
      }
    })();
    await Promise.all([...transactions, outside]);
    const { rows } = await db.query<{ tx: number }>('select tx from steps order by id');
    expect(rows.filter((row) => row.tx === -1)).toHaveLength(100);
    for (let tx = 0; tx < 50; tx++) {
      const indexes = rows.flatMap((row, index) => (row.tx === tx ? [index] : []));
      expect(indexes).toHaveLength(3);
      expect(indexes[2]! - indexes[0]!).toBe(2); // its three steps are adjacent
    }
  });

  it('throws instead of deadlocking when the database is used inside its own transaction', async () => {
    await expect(db.transaction(() => db.query('select 1'))).rejects.toThrow(/use the `tx`/);
    // The mutex was released: the database still answers.
    expect((await db.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('keeps a dataDir on disk across reopen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fr-pglite-'));
    try {
      const first = await openDatabase({ dataDir: join(dataDir, 'db') });
      await first.exec("create table kept (v text); insert into kept values ('still here')");
      await first.close();
      const second = await openDatabase({ dataDir: join(dataDir, 'db') });
      expect((await second.query('select v from kept')).rows).toEqual([{ v: 'still here' }]);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('tenant role', () => {
  it.each(testBackends)('%s: tenantTransaction switches to the role so RLS applies', async (kind) => {
    const test = await createTestDatabase(kind, { migrate: false });
    const tenantRole = 'fr_test_rls_reader';
    // On PGlite the in-memory test database cannot be reopened, so use a fresh instance.
    const db = kind === 'postgres' ? await openDatabase({ url: test.url, tenantRole }) : await openDatabase({ tenantRole });
    try {
      // Roles are cluster-wide on PostgreSQL and test files run in parallel: tolerate a twin.
      await db.exec(`
        do $$ begin create role fr_test_rls_reader nologin;
        exception when duplicate_object or unique_violation then null; end $$;
        create table notes (tenant_id text not null, body text);
        insert into notes values ('t1', 'mine'), ('t2', 'theirs');
        alter table notes enable row level security;
        create policy tenant_only on notes using (tenant_id = current_setting('app.tenant_id', true));
        grant select on notes to fr_test_rls_reader;
      `);
      const seen = await db.tenantTransaction('t1', (tx) => tx.query('select body from notes'));
      expect(seen.rows).toEqual([{ body: 'mine' }]);
      // The role was transaction-local too.
      const after = await db.query<{ role: string }>('select current_user as role');
      expect(after.rows[0]!.role).not.toBe(tenantRole);
    } finally {
      await db.close();
      await test.drop();
    }
  });
});

describe('resolveDatabaseConfig', () => {
  it('prefers DATABASE_URL, else PGlite under FLATRENDER_HOME', () => {
    expect(resolveDatabaseConfig({ DATABASE_URL: 'postgres://x@h/db' })).toEqual({ url: 'postgres://x@h/db' });
    expect(resolveDatabaseConfig({ FLATRENDER_HOME: '/srv/fr' })).toEqual({ dataDir: '/srv/fr/db' });
    expect(resolveDatabaseConfig({}).dataDir).toBe(join(process.cwd(), '.flatrender', 'db'));
  });

  it('rejects a URL that is not PostgreSQL, without echoing the password', async () => {
    await expect(openDatabase({ url: 'mysql://u:secret@h/db' })).rejects.toThrow(/postgres:\/\/.*u:\*\*\*@h/);
  });
});
