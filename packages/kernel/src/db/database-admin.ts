import pg from 'pg';

const adminUrl = (url: string) => {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
};

const databaseName = (url: string) => {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unsupported database name: ${name}`);
  return name;
};

async function withAdmin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(url) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` when it does not exist yet. */
export function ensureDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  return withAdmin(url, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return;
    await client.query(`create database "${name}"`).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // created concurrently by another process
    });
  });
}

export function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  return withAdmin(url, async (client) => void (await client.query(`drop database if exists "${name}" with (force)`)));
}
