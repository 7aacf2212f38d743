import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CreateInviteRequest, isValidTreatyId } from '@pactum/shared';
import pino from 'pino';
import { OPERATOR_NAME } from './access/AccessControl.ts';
import { AccessService } from './access/AccessService.ts';
import { AuditLog } from './audit/AuditLog.ts';
import { defaultRoomHooks } from './collab/defaultRoomHooks.ts';
import { GroupCommit } from './collab/GroupCommit.ts';
import { LocalRelay } from './collab/LocalRelay.ts';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import { readConfig } from './config.ts';
import { DomainError } from './DomainError.ts';
import { exportLanguagesByStamp } from './export/exportLanguagesByStamp.ts';
import { findStamp } from './export/findStamp.ts';
import { languagesPhrase } from './export/verificationVerdict.ts';
import { MigrateStoreError, migrateStore } from './persistence/migrateStore.ts';
import { openStorage } from './persistence/openStorage.ts';
import { redactDatabaseUrl } from './persistence/postgres/redactDatabaseUrl.ts';
import type { Storage } from './persistence/Storage.ts';
import { BackupRefused, backupStore } from './persistence/sqlite/backupStore.ts';
import { RestoreRefused, restoreStore } from './persistence/sqlite/restoreStore.ts';
import { UnusableStoreError } from './persistence/UnusableStoreError.ts';
import { TreatyService } from './TreatyService.ts';

const USAGE = `Usage: npm run pactum -- <command>

  verify <treatyId>            recompute the treaty's audit chain; exit 1 at the first broken link
  verify-export <file>         say which treaty text, in which language(s), an exported file (PDF, DOCX, XML) is stamped with; exit 1 if unknown
  invite <treatyId> [--role chair|drafter|observer] [--delegation CODE] [--uses N]
                               print a new invite link (default: a one-use chair link for SEC)
  backup <file>                copy the store into a new file, consistently, while the server runs
  restore <file>               make a backup the store of an empty data directory (new document
                               epochs, every treaty and audit chain checked); exit 1 if refused
  migrate-store --to <url>     copy the SQLite store of PACTUM_DATA_DIR into an empty Postgres
                               database (postgres://…); every audit chain is checked afterwards

The store is the one the server uses: Postgres when PACTUM_DATABASE_URL is set, otherwise the
SQLite file in PACTUM_DATA_DIR (default ./data). backup and restore work on the SQLite file.`;

async function openStore(): Promise<Storage> {
  try {
    return await openStorage(config);
  } catch (error) {
    if (error instanceof UnusableStoreError) fail(error.message);
    throw error;
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        role: { type: 'string', default: 'chair' },
        delegation: { type: 'string', default: 'SEC' },
        uses: { type: 'string', default: '1' },
        to: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
})();
const [command] = positionals;
const target = positionals[1] as string;
if (command === 'migrate-store' ? !values.to : !positionals[1]) fail(USAGE);
if (!['verify', 'invite', 'verify-export', 'backup', 'restore', 'migrate-store'].includes(command as string))
  fail(USAGE);

const config = (() => {
  try {
    return readConfig(process.env, repoRoot);
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (command === 'migrate-store') {
  const started = performance.now();
  try {
    const counts = await migrateStore(config.dataDir, values.to as string);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = Object.entries(counts)
      .map(([table, rows]) => `${rows} ${table}`)
      .join(', ');
    console.log(
      `copied ${config.dataDir} into ${redactDatabaseUrl(values.to as string)} in ${seconds} s: ${what}; every audit chain intact`,
    );
    process.exit(0);
  } catch (error) {
    if (!(error instanceof MigrateStoreError || error instanceof UnusableStoreError)) throw error;
    console.error(`migrate-store refused: ${error.message}`);
    process.exit(1);
  }
}
if ((command === 'backup' || command === 'restore') && config.databaseUrl) {
  fail(
    `${command} works on the SQLite store; with PACTUM_DATABASE_URL set, use Postgres's own tools (pg_dump, pg_restore)`,
  );
}
if (command === 'backup' || command === 'restore') {
  const started = performance.now();
  try {
    const counts =
      command === 'backup'
        ? await backupStore(config.dataDir, target)
        : await restoreStore(target, config.dataDir);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const what = `${counts.treaties} treaties, ${counts.versions} versions, ${counts.members} members, ${counts.auditEntries} audit entries`;
    console.log(
      command === 'backup'
        ? `backed up ${config.dataDir} to ${target} in ${seconds} s: ${what}`
        : `restored ${target} into ${config.dataDir} in ${seconds} s: ${what}; every audit chain intact, every treaty has a new document epoch`,
    );
    process.exit(0);
  } catch (error) {
    if (
      !(
        error instanceof BackupRefused ||
        error instanceof RestoreRefused ||
        error instanceof UnusableStoreError
      )
    )
      throw error;
    console.error(`${command} refused: ${error.message}`);
    process.exit(1);
  }
}
if (command === 'verify-export') {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(target);
  } catch (error) {
    fail(`cannot read ${target}: ${(error as Error).message}`);
  }
  const stamp = findStamp(bytes);
  if (!stamp) {
    console.log(`${target}: carries no Pactum stamp`);
    process.exit(1);
  }
  const store = await openStore();
  const matches = await store.exports.byStamp(stamp);
  const languages = new Map<string, string[]>();
  for (const treatyId of new Set(matches.map((match) => match.treatyId)))
    languages.set(treatyId, exportLanguagesByStamp(await store.audit.entries(treatyId), stamp));
  await store.close();
  if (matches.length === 0) {
    console.log(`${target}: stamp ${stamp} matches no export in ${config.dataDir}`);
    process.exit(1);
  }
  for (const match of matches) {
    const title = match.treatyId;
    const language = languagesPhrase(languages.get(match.treatyId) ?? []);
    console.log(
      `${target}: the ${match.scope} text of "${match.versionName}" (${match.versionId}) of treaty ${title} in ${language}, exported as ${match.format} ${match.exportedAt} by ${match.exportedBy}`,
    );
  }
  process.exit(0);
}
const treatyId = target;
if (!isValidTreatyId(treatyId)) fail(`"${treatyId}" is not a treaty id`);
const store = await openStore();
try {
  if (!(await store.treaties.exists(treatyId))) fail(`no treaty ${treatyId} in ${config.dataDir}`);
  const audit = new AuditLog(store);
  if (command === 'verify') {
    const result = await audit.verify(treatyId);
    if (result.ok) {
      console.log(
        `audit chain of ${treatyId}: intact, ${result.entries} entries, last hash ${result.lastHash}`,
      );
    } else {
      console.log(
        `audit chain of ${treatyId}: BROKEN at entry ${result.brokenAt} of ${result.entries}: ${result.reason}`,
      );
      process.exitCode = 1;
    }
  } else {
    const request = CreateInviteRequest.safeParse({
      role: values.role,
      delegation: values.delegation,
      maxUses: Number(values.uses),
    });
    if (!request.success)
      fail(request.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    const log = pino({ level: 'silent' });
    const commits = new GroupCommit(store);
    const rooms = new RoomRegistry({
      storage: store,
      commits,
      relay: new LocalRelay(),
      log,
      compactAfterRows: 500,
      hooks: defaultRoomHooks,
    });
    const access = new AccessService(store, audit, new TreatyService(store, rooms, commits), rooms);
    const operator = {
      treatyId,
      role: 'chair' as const,
      member: null,
      delegation: null,
      displayName: OPERATOR_NAME,
    };
    const created = await access.createInvite(operator, request.data);
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    console.log(
      `${created.role} invite for ${created.delegation} (expires ${created.expiresAt}): ${base}${created.path}`,
    );
  }
} catch (error) {
  fail(error instanceof DomainError ? error.message : String(error));
} finally {
  await store.close();
}
