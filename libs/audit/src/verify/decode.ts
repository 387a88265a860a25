/**
 * Decoding of the export's base64 fields, strict: one spelling of each byte string only.
 */
import { ProofError } from './merkle';

export function b64(s: unknown, what: string): Buffer {
  if (typeof s !== 'string' || s.length % 4 !== 0) throw new ProofError(`${what} is not base64`);
  const bytes = Buffer.from(s, 'base64');
  // The decoder skips characters outside the alphabet and spare bits before '=': only a
  // string that the bytes encode back to exactly is accepted, which also rules out any
  // character outside A-Z a-z 0-9 + / and misplaced padding (one spelling only).
  if (bytes.toString('base64') !== s)
    throw new ProofError(
      /^[A-Za-z0-9+/]*={0,2}$/.test(s) ? `${what} is not canonical base64` : `${what} is not base64`,
    );
  return bytes;
}

export function proofOf(p: unknown, what: string): Buffer[] {
  if (!Array.isArray(p)) throw new ProofError(`${what} is missing`);
  return p.map((x, i) => b64(x, `${what} element ${i}`));
}

export function isIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/**
 * Decodes a run of inclusion proofs. Neighbouring leaves share most of their proof, so an
 * element whose text equals the previous proof's element at the same step reuses its
 * bytes: the same string decodes to the same bytes and passed the same strict check.
 */
export class ProofDecoder {
  private texts: unknown[] = [];
  private bytes: Buffer[] = [];

  constructor(private readonly what: string) {}

  decode(p: unknown): Buffer[] {
    if (!Array.isArray(p)) throw new ProofError(`${this.what} is missing`);
    const out: Buffer[] = new Array<Buffer>(p.length);
    for (let i = 0; i < p.length; i++) {
      const x: unknown = p[i];
      if (typeof x === 'string' && x === this.texts[i]) out[i] = this.bytes[i];
      else {
        out[i] = b64(x, `${this.what} element ${i}`);
        this.texts[i] = x;
        this.bytes[i] = out[i];
      }
    }
    return out;
  }
}
