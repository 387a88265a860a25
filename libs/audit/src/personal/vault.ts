/**
 * Personal data with crypto-shredding (INTEGRITY.md). The entry holds only a salted
 * commitment c = HMAC-SHA256(salt, "ledger/field/v1\n" || fieldPath || 0x00 || value).
 * (salt, value) is sealed apart from the log with AES-256-GCM under the data
 * subject's own key, aad = eventId || fieldPath || c. Erasure deletes the key and
 * the sealed rows; the leaf bytes never change, so every proof stays valid.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { commitField, personalPlaceholder, SALT_BYTES, type PersonalPlaceholder } from '../verify/commitment';
import type { DisclosedField } from '../verify/format';

export const ERASED = '[erased]';

export interface SealedField {
  subjectId: string;
  eventId: string;
  fieldPath: string;
  commitment: Buffer;
  iv: Buffer;
  /** AES-256-GCM ciphertext of salt || value, with the 16-byte tag appended. */
  ciphertext: Buffer;
}

export interface VaultStorage {
  init(): Promise<void>;
  /** The subject's (possibly wrapped) key, or null when none exists or it was erased. */
  subjectKey(subjectId: string): Promise<Buffer | null>;
  /** Stores the key unless one exists; returns the stored one. Refuses an erased subject. */
  createSubjectKey(subjectId: string, key: Buffer): Promise<Buffer>;
  putField(f: SealedField): Promise<void>;
  fieldsOfEvent(eventId: string): Promise<SealedField[]>;
  /** Deletes the key and sealed rows in one transaction, records the erasure; returns what was erased. */
  erase(subjectId: string, erasedAt: string): Promise<Array<Pick<SealedField, 'eventId' | 'fieldPath' | 'commitment'>>>;
  isErased(subjectId: string): Promise<boolean>;
  /**
   * Deletes the sealed rows of an event that never reached the log, and with `subjectId`
   * that subject's key too when nothing else is sealed under it. Records no erasure: there
   * is nothing on record to erase.
   */
  discard(eventId: string, subjectId?: string): Promise<void>;
  /** Removes leftovers of deleted rows from disk (SQLite WAL checkpoint, PostgreSQL VACUUM). */
  purge(): Promise<void>;
  close(): Promise<void>;
}

export interface ErasureRecord {
  subjectId: string;
  erasedAt: string;
  /** What the PersonalDataErased event should record. */
  commitments: Array<{ eventId: string; fieldPath: string; commitment: string }>;
}

export class SubjectErased extends Error {
  constructor(subjectId: string) {
    super(`data subject ${subjectId} has been erased; no new personal data can be sealed under that id`);
    this.name = 'SubjectErased';
  }
}

function aadOf(eventId: string, fieldPath: string, commitment: Buffer): Buffer {
  return Buffer.concat([Buffer.from(eventId, 'utf8'), Buffer.from(fieldPath, 'utf8'), commitment]);
}

function gcmSeal(key: Buffer, plaintext: Buffer, aad: Buffer): { iv: Buffer; ciphertext: Buffer } {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  c.setAAD(aad);
  const ct = Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
  return { iv, ciphertext: ct };
}

function gcmOpen(key: Buffer, iv: Buffer, ciphertext: Buffer, aad: Buffer): Buffer {
  const d = createDecipheriv('aes-256-gcm', key, iv);
  d.setAAD(aad);
  d.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  return Buffer.concat([d.update(ciphertext.subarray(0, ciphertext.length - 16)), d.final()]);
}

export interface VaultOptions {
  storage: VaultStorage;
  /** Optional 32-byte key-encryption key: subject keys are then stored wrapped. */
  masterKey?: Buffer;
  clock?: () => Date;
}

export class PersonalDataVault {
  constructor(private readonly o: VaultOptions) {
    if (o.masterKey && o.masterKey.length !== 32) throw new Error('the vault master key is 32 bytes');
  }

  private wrap(subjectId: string, key: Buffer): Buffer {
    if (!this.o.masterKey) return key;
    const { iv, ciphertext } = gcmSeal(this.o.masterKey, key, Buffer.from(`ledger/subject-key/v1\n${subjectId}`));
    return Buffer.concat([iv, ciphertext]);
  }

  private unwrap(subjectId: string, stored: Buffer): Buffer {
    if (!this.o.masterKey) return stored;
    return gcmOpen(
      this.o.masterKey,
      stored.subarray(0, 12),
      stored.subarray(12),
      Buffer.from(`ledger/subject-key/v1\n${subjectId}`),
    );
  }

  private async keyFor(subjectId: string, create: boolean): Promise<Buffer | null> {
    const stored = await this.o.storage.subjectKey(subjectId);
    if (stored) return this.unwrap(subjectId, stored);
    if (!create) return null;
    if (await this.o.storage.isErased(subjectId)) throw new SubjectErased(subjectId);
    const fresh = randomBytes(32);
    const kept = await this.o.storage.createSubjectKey(subjectId, this.wrap(subjectId, fresh));
    return this.unwrap(subjectId, kept);
  }

  /**
   * Seals a personal field for an event about to be appended. Put the returned
   * placeholder in the event data at `fieldPath` (a JSON Pointer into the entry,
   * e.g. "/data/complainant/name"); never the value.
   */
  async seal(input: {
    subjectId: string;
    eventId: string;
    fieldPath: string;
    value: string;
  }): Promise<{ commitment: Buffer; placeholder: PersonalPlaceholder }> {
    const key = (await this.keyFor(input.subjectId, true)) as Buffer;
    const salt = randomBytes(SALT_BYTES);
    const commitment = commitField(salt, input.fieldPath, input.value);
    const { iv, ciphertext } = gcmSeal(
      key,
      Buffer.concat([salt, Buffer.from(input.value, 'utf8')]),
      aadOf(input.eventId, input.fieldPath, commitment),
    );
    await this.o.storage.putField({
      subjectId: input.subjectId,
      eventId: input.eventId,
      fieldPath: input.fieldPath,
      commitment,
      iv,
      ciphertext,
    });
    return { commitment, placeholder: personalPlaceholder(commitment) };
  }

  /**
   * Withdraws what was sealed for an event that was then refused (never appended): the
   * rows go, and with `subjectId` a subject opened for it, scrubbed from disk like an
   * erasure but with no erasure on record, since nothing was ever recorded about them.
   */
  async discard(eventId: string, subjectId?: string): Promise<void> {
    await this.o.storage.discard(eventId, subjectId);
    await this.o.storage.purge();
  }

  /** (salt, value) of every still-available personal field of an event, for a lawful recipient. */
  async disclose(eventId: string): Promise<DisclosedField[]> {
    const out: DisclosedField[] = [];
    for (const f of await this.o.storage.fieldsOfEvent(eventId)) {
      const key = await this.keyFor(f.subjectId, false);
      if (!key) continue;
      const pt = gcmOpen(key, f.iv, f.ciphertext, aadOf(f.eventId, f.fieldPath, f.commitment));
      out.push({
        path: f.fieldPath,
        salt: pt.subarray(0, SALT_BYTES).toString('base64'),
        value: pt.subarray(SALT_BYTES).toString('utf8'),
      });
    }
    return out;
  }

  /** The value of one field for display, or "[erased]". */
  async reveal(eventId: string, fieldPath: string): Promise<string> {
    const d = (await this.disclose(eventId)).find((x) => x.path === fieldPath);
    return d ? d.value : ERASED;
  }

  /**
   * Erases a data subject: deletes their key and sealed rows, and scrubs the deleted
   * bytes from disk. Returns what a PersonalDataErased event should record.
   */
  async erase(subjectId: string): Promise<ErasureRecord> {
    const erasedAt = (this.o.clock?.() ?? new Date()).toISOString();
    const rows = await this.o.storage.erase(subjectId, erasedAt);
    await this.o.storage.purge();
    return {
      subjectId,
      erasedAt,
      commitments: rows.map((r) => ({
        eventId: r.eventId,
        fieldPath: r.fieldPath,
        commitment: r.commitment.toString('hex'),
      })),
    };
  }
}
