import type { Command } from 'commander';
import { LogSigner, rotateLogKey } from '@ledger/audit';
import { areaWords, bodyName, ROLE_LABELS } from '@ledger/domain';
import { API_ROLES, ApiKeyStore, ApiRole, loadConfig, openSqlDb } from '@ledger/governance';
import { readFileSync } from 'node:fs';
import { openAudit } from './audit-context';

async function withKeys<T>(fn: (keys: ApiKeyStore) => Promise<T>): Promise<T> {
  const db = await openSqlDb(loadConfig(process.env));
  try {
    const keys = new ApiKeyStore(db);
    await keys.init();
    return await fn(keys);
  } finally {
    await db.close();
  }
}

/** `ledger keys create|list|revoke`: API keys are actors with a role and a force area. */
export function register(program: Command): void {
  const keys = program
    .command('keys')
    .description('Manage API keys (each key is an actor with a role and a force area)');
  keys
    .command('create')
    .description('Create a key and print it once')
    .requiredOption('--name <name>', "the actor's name, recorded on every act")
    .requiredOption('--role <role>', `one of ${API_ROLES.join(', ')}`)
    .requiredOption('--force-area <area>', 'police area slug such as kent, or * for national')
    .option('--body <body>', 'body acted for (default: <area>-<role kind>, e.g. kent-pcc)')
    .action(async (o: { name: string; role: string; forceArea: string; body?: string }) => {
      if (!(API_ROLES as readonly string[]).includes(o.role))
        throw new Error(`--role must be one of ${API_ROLES.join(', ')}`);
      const { token, record } = await withKeys((k) =>
        k.create({ name: o.name, role: o.role as ApiRole, forceArea: o.forceArea, body: o.body }),
      );
      // The codes stay in brackets: they are what an operator types to use or change the key.
      const area = record.forceArea === '*' ? 'every police area' : areaWords(record.forceArea);
      console.log(
        `Created key ${record.id} for ${record.name}: ${ROLE_LABELS[record.role] ?? record.role} (${record.role}) in ${area}, acting for ${bodyName(record.body)} (${record.body}).`,
      );
      console.log('Store it now: it is shown only once.');
      console.log(token);
    });
  keys
    .command('list')
    .description('List keys (never their secrets)')
    .action(async () => {
      const list = await withKeys((k) => k.list());
      for (const r of list)
        console.log(
          [r.id, r.role, r.forceArea, r.body, r.name, r.revokedAt ? `revoked ${r.revokedAt}` : 'active'].join('\t'),
        );
      if (list.length === 0) console.log('No keys yet: ledger keys create --name ... --role ... --force-area ...');
    });
  keys
    .command('revoke <id>')
    .description('Revoke a key at once')
    .action(async (id: string) => {
      const ok = await withKeys((k) => k.revoke(id));
      if (!ok) {
        console.error(`No active key ${id}`);
        process.exitCode = 1;
      } else console.log(`Revoked ${id}`);
    });
  keys
    .command('rotate-signing')
    .description(
      "Rotate the log's signing key: the current key (SIGNING_KEY_PATH) signs a statement adopting the new one, recorded with the log",
    )
    .requiredOption(
      '--new-key <file>',
      'the new private key file (PRIVATE+KEY+...); give it to every instance afterwards',
    )
    .action(async (o: { newKey: string }) => {
      const ctx = await openAudit();
      try {
        const next = LogSigner.parse(readFileSync(o.newKey, 'utf8'));
        const keys = await rotateLogKey(ctx.storage, loadConfig(process.env).origin, ctx.signer, next);
        const last = keys[keys.length - 1];
        console.log(
          `The log's key is now ${last.vkey}, for checkpoints from size ${last.fromSize}. Restart every instance with SIGNING_KEY_PATH=${o.newKey}.`,
        );
      } finally {
        await ctx.close();
      }
    });
}
