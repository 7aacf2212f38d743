import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CreateInviteRequest, isValidTreatyId } from '@pactum/shared';
import pino from 'pino';
import { OPERATOR_NAME } from './access/AccessControl.ts';
import { AccessService } from './access/AccessService.ts';
import { AccessStore } from './access/AccessStore.ts';
import { AuditLog } from './audit/AuditLog.ts';
import { defaultRoomHooks } from './collab/defaultRoomHooks.ts';
import { GroupCommit } from './collab/GroupCommit.ts';
import { RoomRegistry } from './collab/RoomRegistry.ts';
import { readConfig } from './config.ts';
import { DomainError } from './DomainError.ts';
import { ExportStore } from './export/ExportStore.ts';
import { findStamp } from './export/findStamp.ts';
import { BackupRefused, backupStore } from './persistence/backupStore.ts';
import { UnusableStoreError } from './persistence/openDatabase.ts';
import { RestoreRefused, restoreStore } from './persistence/restoreStore.ts';
import { TreatyStore } from './persistence/TreatyStore.ts';
import { TreatyService } from './TreatyService.ts';

const USAGE = `Usage: npm run pactum -- <command>

  verify <treatyId>            recompute the treaty's audit chain; exit 1 at the first broken link
  verify-export <file>         say which treaty text an exported file (PDF, DOCX, XML) is stamped with; exit 1 if unknown
  invite <treatyId> [--role chair|drafter|observer] [--delegation CODE] [--uses N]
                               print a new invite link (default: a one-use chair link for SEC)
  backup <file>                copy the store into a new file, consistently, while the server runs
  restore <file>               make a backup the store of an empty data directory (new document
                               epochs, every treaty and audit chain checked); exit 1 if refused

The database is the one in PACTUM_DATA_DIR (default ./data), as for the server.`;

function openStore(): TreatyStore {
  try {
    return TreatyStore.open(config.dataDir);
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
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
})();
const [command, target] = positionals;
if (!command || !target || !['verify', 'invite', 'verify-export', 'backup', 'restore'].includes(command))
  fail(USAGE);

const config = readConfig(process.env, repoRoot);
if (command === 'backup' || command === 'restore') {
  const started = performance.now();
  try {
    const counts =
      command === 'backup' ? await backupStore(config.dataDir, target) : restoreStore(target, config.dataDir);
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
  const store = openStore();
  const matches = new ExportStore(store.db).byStamp(stamp);
  store.close();
  if (matches.length === 0) {
    console.log(`${target}: stamp ${stamp} matches no export in ${config.dataDir}`);
    process.exit(1);
  }
  for (const match of matches) {
    const title = match.treatyId;
    console.log(
      `${target}: the ${match.scope} text of "${match.versionName}" (${match.versionId}) of treaty ${title}, exported as ${match.format} ${match.exportedAt} by ${match.exportedBy}`,
    );
  }
  process.exit(0);
}
const treatyId = target;
if (!isValidTreatyId(treatyId)) fail(`"${treatyId}" is not a treaty id`);
const store = openStore();
try {
  if (!store.exists(treatyId)) fail(`no treaty ${treatyId} in ${config.dataDir}`);
  const audit = new AuditLog(store.db);
  if (command === 'verify') {
    const result = audit.verify(treatyId);
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
    const rooms = new RoomRegistry({
      store,
      commits: new GroupCommit(store),
      log,
      compactAfterRows: 500,
      hooks: defaultRoomHooks,
    });
    const access = new AccessService(
      new AccessStore(store.db),
      audit,
      new TreatyService(store, rooms),
      rooms,
    );
    const operator = {
      treatyId,
      role: 'chair' as const,
      member: null,
      delegation: null,
      displayName: OPERATOR_NAME,
    };
    const created = access.createInvite(operator, request.data);
    const base = config.publicUrl ?? `http://localhost:${config.port}`;
    console.log(
      `${created.role} invite for ${created.delegation} (expires ${created.expiresAt}): ${base}${created.path}`,
    );
  }
} catch (error) {
  fail(error instanceof DomainError ? error.message : String(error));
} finally {
  store.close();
}
