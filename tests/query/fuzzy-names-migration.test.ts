import { nameSearchKey } from '@newsflow/nlp';
import { EntityQueries } from '@newsflow/persistence';
import { createTestEnv, TestEnv } from '../support/test-env';

/** The FuzzyNamesAndQuoteOrder migration keys the aliases a database already holds, so old entities are found by loose spellings. */
const MIGRATION = 'FuzzyNamesAndQuoteOrder1765400000000';
let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  // Back to the schema before it (and before any later migration).
  while ((await env.db.query(`SELECT 1 FROM migrations WHERE name = $1`, [MIGRATION])).length) await env.db.undoLastMigration({ transaction: 'all' });
});

afterAll(async () => {
  await env?.cleanup();
});

it('computes the name key of every stored alias, and the loose look-up finds them', async () => {
  const [{ id }] = await env.db.query(`INSERT INTO entities (canonical, type, mention_count) VALUES ('Alexander Lukashenko', 'PERSON', 3) RETURNING id`);
  const aliases = ['Alexander Lukashenko', 'Lukashenko', 'Аляксандр Лукашэнка', 'A.'];
  for (const alias of aliases) {
    await env.db.query(`INSERT INTO entity_aliases (entity_id, type, alias, alias_key, reason) VALUES ($1, 'PERSON', $2, lower($2), 'stored before')`, [id, alias]);
  }
  await env.db.runMigrations({ transaction: 'all' });
  const keyed: Array<{ alias: string; name_key: string | null }> = await env.db.query(`SELECT alias, name_key FROM entity_aliases`);
  const byAlias = (a: { alias: string }, b: { alias: string }) => (a.alias < b.alias ? -1 : 1);
  expect(keyed.sort(byAlias)).toEqual(aliases.map((alias) => ({ alias, name_key: nameSearchKey(alias) })).sort(byAlias));
  const found = await new EntityQueries(env.db).list({ q: 'Aleksandr Lukaschenko', limit: 5 });
  expect(found.items.map((e) => [e.id, e.canonical])).toEqual([[String(id), 'Alexander Lukashenko']]);
});
