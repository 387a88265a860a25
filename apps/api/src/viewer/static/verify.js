/*
 * Governance Ledger: the export verifier, in the browser, with WebCrypto only.
 *
 * A line-for-line port of libs/audit/src/verify (verify-export.ts, merkle.ts, note.ts,
 * stream-heads.ts, commitment.ts): the same checks, in the same order, with the same
 * plain-English reasons. SHA-256 and HMAC-SHA256 and Ed25519 come from crypto.subtle;
 * RFC 8785 canonical JSON is reimplemented below (as the `canonicalize` package does it).
 * Indices and sizes are BigInt: JavaScript's >> works on 32 bits.
 *
 * Exposes window.LedgerVerify = { verifyText, parseVkey, canonicalize, hashLeaf, ... }.
 */
(function (global) {
  'use strict';

  var EXPORT_FORMAT = 'governance-ledger-export';
  var EXPORT_VERSION = 1;
  var HASH_SIZE = 32;
  var ED25519_ALG = 0x01;
  var SIG_PREFIX = '\u2014 ';
  var MAX_SIGNATURES = 100;
  var COMMITMENT_DOMAIN = 'ledger/field/v1\n';
  var enc = new TextEncoder();
  var dec = new TextDecoder('utf-8', { fatal: false });

  function ProofError(message) { this.name = 'ProofError'; this.message = message; }
  ProofError.prototype = Object.create(Error.prototype);
  function NoteError(message) { this.name = 'NoteError'; this.message = message; }
  NoteError.prototype = Object.create(Error.prototype);
  function Stop(message) { this.message = message; }

  function subtle() {
    if (!global.crypto || !global.crypto.subtle) throw new Error('this browser has no WebCrypto (a secure context is needed: https or localhost)');
    return global.crypto.subtle;
  }

  // ------------------------------------------------------------------ bytes

  function concat() {
    var n = 0, i;
    for (i = 0; i < arguments.length; i++) n += arguments[i].length;
    var out = new Uint8Array(n), o = 0;
    for (i = 0; i < arguments.length; i++) { out.set(arguments[i], o); o += arguments[i].length; }
    return out;
  }
  function toHex(u8) {
    var s = '';
    for (var i = 0; i < u8.length; i++) s += (u8[i] < 16 ? '0' : '') + u8[i].toString(16);
    return s;
  }
  function fromHex(h) {
    var out = new Uint8Array(h.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(h.substr(i * 2, 2), 16);
    return out;
  }
  function fromBase64(s) {
    var bin = atob(s), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function toBase64(u8) {
    var s = '';
    for (var i = 0; i < u8.length; i++) s += String.fromCharCode(u8[i]);
    return btoa(s);
  }
  function equalBytes(a, b) {
    if (a.length !== b.length) return false;
    var d = 0;
    for (var i = 0; i < a.length; i++) d |= a[i] ^ b[i];
    return d === 0;
  }
  /** note.ts decodeBase64Strict */
  function decodeBase64Strict(s, what) {
    if (typeof s !== 'string' || !/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) throw new NoteError(what + ' is not valid base64');
    return fromBase64(s);
  }
  /** verify-export.ts b64 */
  function b64(s, what) {
    if (typeof s !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new ProofError(what + ' is not base64');
    return fromBase64(s);
  }

  // ------------------------------------------------------------------ RFC 8785 canonical JSON

  function canonicalize(v) {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number') {
      if (!isFinite(v)) throw new Error('a number in the entry is not finite');
      return JSON.stringify(v); // ECMAScript number serialisation, as RFC 8785 requires
    }
    if (Array.isArray(v)) return '[' + v.map(function (x) { return x === undefined ? 'null' : canonicalize(x); }).join(',') + ']';
    if (typeof v === 'object') {
      // Sorted by UTF-16 code units: the default sort of string keys.
      var keys = Object.keys(v).sort();
      var parts = [];
      for (var i = 0; i < keys.length; i++) {
        if (v[keys[i]] === undefined) continue;
        parts.push(JSON.stringify(keys[i]) + ':' + canonicalize(v[keys[i]]));
      }
      return '{' + parts.join(',') + '}';
    }
    return undefined;
  }

  // ------------------------------------------------------------------ RFC 9162 hashing and proofs

  function sha256(u8) { return subtle().digest('SHA-256', u8).then(function (b) { return new Uint8Array(b); }); }
  function hashLeaf(data) { return sha256(concat(Uint8Array.of(0), data)); }
  function hashChildren(l, r) { return sha256(concat(Uint8Array.of(1), l, r)); }
  function big(x, what) {
    if (typeof x === 'bigint') return x;
    if (typeof x !== 'number' || !Number.isSafeInteger(x)) throw new RangeError((what || 'value') + ' must be a safe integer, got ' + x);
    return BigInt(x);
  }
  function isPowerOfTwo(n) { return n > 0n && (n & (n - 1n)) === 0n; }
  function checkHash(h, what) {
    if (!(h instanceof Uint8Array) || h.length !== HASH_SIZE) throw new ProofError(what + ' is not a ' + HASH_SIZE + '-byte hash');
  }

  /** RFC 9162 §2.1.3.2 (merkle.ts rootFromInclusionProof). */
  async function rootFromInclusionProof(index, size, leafHash, proof) {
    var m = big(index, 'leaf index'), n = big(size, 'tree size');
    if (m < 0n || n < 0n) throw new ProofError('leaf index and tree size must not be negative');
    if (m >= n) throw new ProofError('leaf index ' + m + ' is not inside a tree of size ' + n);
    checkHash(leafHash, 'the leaf hash');
    proof.forEach(function (p, i) { checkHash(p, 'proof element ' + i); });
    var fn = m, sn = n - 1n, r = leafHash;
    for (var i = 0; i < proof.length; i++) {
      var p = proof[i];
      if (sn === 0n) throw new ProofError('the inclusion proof is longer than the tree is deep');
      if ((fn & 1n) === 1n || fn === sn) {
        r = await hashChildren(p, r);
        if ((fn & 1n) === 0n) {
          while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
        }
      } else {
        r = await hashChildren(r, p);
      }
      fn >>= 1n;
      sn >>= 1n;
    }
    if (sn !== 0n) throw new ProofError('the inclusion proof is shorter than the tree is deep');
    return r;
  }

  async function verifyInclusion(index, size, leafHash, proof, root) {
    checkHash(root, 'the root');
    var got = await rootFromInclusionProof(index, size, leafHash, proof);
    if (!equalBytes(got, root)) throw new ProofError('the inclusion proof for leaf ' + big(index) + ' does not lead to the root of the tree of size ' + big(size));
  }

  /** RFC 9162 §2.1.4.2 (merkle.ts verifyConsistency), first_hash prepended for powers of two. */
  async function verifyConsistency(size1, size2, proof, root1, root2) {
    var first = big(size1, 'first size'), second = big(size2, 'second size');
    if (first < 0n || second < 0n) throw new ProofError('tree sizes must not be negative');
    if (second < first) throw new ProofError('the later tree (size ' + second + ') is smaller than the earlier one (size ' + first + '): the log was rolled back');
    if (first === second) {
      if (proof.length !== 0) throw new ProofError('a consistency proof between equal sizes must be empty');
      if (!equalBytes(root1, root2)) throw new ProofError('two different roots for the same tree size ' + first + ': the log was rewritten');
      return;
    }
    if (first === 0n) {
      if (proof.length !== 0) throw new ProofError('a consistency proof from the empty tree must be empty');
      return;
    }
    if (proof.length === 0) throw new ProofError('the consistency proof is empty');
    checkHash(root1, 'the earlier root');
    checkHash(root2, 'the later root');
    proof.forEach(function (p, i) { checkHash(p, 'consistency proof element ' + i); });
    var path = isPowerOfTwo(first) ? [root1].concat(proof) : proof.slice();
    var fn = first - 1n, sn = second - 1n;
    while ((fn & 1n) === 1n) { fn >>= 1n; sn >>= 1n; }
    var fr = path[0], sr = path[0];
    for (var i = 1; i < path.length; i++) {
      var c = path[i];
      if (sn === 0n) throw new ProofError('the consistency proof is longer than the tree is deep');
      if ((fn & 1n) === 1n || fn === sn) {
        fr = await hashChildren(c, fr);
        sr = await hashChildren(c, sr);
        if ((fn & 1n) === 0n) {
          while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
        }
      } else {
        sr = await hashChildren(sr, c);
      }
      fn >>= 1n;
      sn >>= 1n;
    }
    if (sn !== 0n) throw new ProofError('the consistency proof is shorter than the tree is deep');
    if (!equalBytes(fr, root1)) throw new ProofError('the consistency proof does not reproduce the earlier root (size ' + first + '): the log was rewritten');
    if (!equalBytes(sr, root2)) throw new ProofError('the consistency proof does not lead to the later root (size ' + second + ')');
  }

  // ------------------------------------------------------------------ C2SP signed notes (note.ts)

  function validKeyName(name) { return name.length > 0 && !/[\s+]/u.test(name) && name.indexOf('\u2014') < 0; }

  async function keyIdOf(name, publicKey) {
    if (publicKey.length !== 32) throw new NoteError('an Ed25519 public key is 32 bytes');
    return (await sha256(concat(enc.encode(name), Uint8Array.of(0x0a, ED25519_ALG), publicKey))).subarray(0, 4);
  }

  async function importEd25519(raw) {
    try {
      return await subtle().importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    } catch (e) {
      throw new NoteError('this browser cannot check Ed25519 signatures (' + (e && e.message ? e.message : e) + '); use the ledger verify command');
    }
  }

  /** name+hexkeyid+base64(0x01||pubkey); checks the key ID matches the key. */
  async function parseVkey(text) {
    var t = String(text).trim();
    var m = /^([^+\s]+)\+([0-9a-f]{8})\+(\S+)$/.exec(t);
    if (!m) throw new NoteError('a public key must look like <name>+<8 hex digits>+<base64 key>');
    var name = m[1], hexId = m[2];
    var raw = decodeBase64Strict(m[3], 'public key');
    if (raw.length !== 33 || raw[0] !== ED25519_ALG) throw new NoteError('only Ed25519 public keys (algorithm byte 0x01, 32 bytes) are supported');
    if (!validKeyName(name)) throw new NoteError('"' + name + '" is not a valid key name (no spaces, no "+")');
    var pk = raw.subarray(1);
    var id = await keyIdOf(name, pk);
    if (toHex(id) !== hexId) throw new NoteError('the key ID ' + hexId + ' does not match the key (expected ' + toHex(id) + ')');
    return { name: name, keyId: id, publicKey: pk, key: await importEd25519(pk) };
  }

  function parseNote(text) {
    if (typeof text !== 'string') throw new NoteError('the signed note is missing');
    if (text.slice(-1) !== '\n') throw new NoteError('the signed note does not end with a newline');
    var split = text.lastIndexOf('\n\n');
    if (split < 0) throw new NoteError('the signed note has no blank line before its signatures');
    var body = text.slice(0, split + 1);
    if (body.length === 0) throw new NoteError('the signed note has an empty body');
    var sigLines = text.slice(split + 2, -1).split('\n');
    if (sigLines.length > MAX_SIGNATURES) throw new NoteError('the signed note has too many signatures');
    var signatures = sigLines.map(function (line) {
      if (line.indexOf(SIG_PREFIX) !== 0) throw new NoteError('a signature line must start with "' + SIG_PREFIX + '" (em dash and space)');
      var rest = line.slice(SIG_PREFIX.length);
      var sp = rest.indexOf(' ');
      if (sp <= 0) throw new NoteError('a signature line must be "— <name> <base64>"');
      var blob = decodeBase64Strict(rest.slice(sp + 1), 'a signature');
      if (blob.length < 5) throw new NoteError('a signature is too short');
      return { name: rest.slice(0, sp), keyId: blob.subarray(0, 4), signature: blob.subarray(4) };
    });
    return { body: body, signatures: signatures };
  }

  async function verifyNote(text, trusted) {
    var note = parseNote(text);
    var verifiedBy = [];
    var msg = enc.encode(note.body);
    for (var i = 0; i < note.signatures.length; i++) {
      var sig = note.signatures[i];
      var key = trusted.find(function (k) { return k.name === sig.name && equalBytes(k.keyId, sig.keyId); });
      if (!key) continue;
      var ok = sig.signature.length === 64 && (await subtle().verify({ name: 'Ed25519' }, key.key, sig.signature, msg));
      if (!ok) throw new NoteError('the signature by trusted key "' + key.name + '" (' + toHex(key.keyId) + ') does not match the note: the checkpoint was altered or forged');
      if (verifiedBy.indexOf(key.name) < 0) verifiedBy.push(key.name);
    }
    if (verifiedBy.length === 0) {
      var names = note.signatures.map(function (s) { return s.name + ' (' + toHex(s.keyId) + ')'; }).join(', ');
      throw new NoteError('the checkpoint is not signed by any key you trust (it is signed by: ' + (names || 'nobody') + ')');
    }
    return { body: note.body, verifiedBy: verifiedBy };
  }

  function parseCheckpointBody(body) {
    if (body.slice(-1) !== '\n') throw new NoteError('the checkpoint body must end with a newline');
    var lines = body.slice(0, -1).split('\n');
    if (lines.length < 3) throw new NoteError('a checkpoint has at least three lines: origin, size and root');
    var origin = lines[0], sizeText = lines[1], rootText = lines[2], extensions = lines.slice(3);
    if (origin.length === 0) throw new NoteError('the checkpoint origin is empty');
    if (!/^(0|[1-9][0-9]*)$/.test(sizeText)) throw new NoteError('the checkpoint tree size "' + sizeText + '" is not a decimal number');
    var root = decodeBase64Strict(rootText, 'the checkpoint root');
    if (root.length !== 32) throw new NoteError('the checkpoint root is not a 32-byte hash');
    var streamsRoot = null;
    extensions.forEach(function (ext) {
      if (ext.length === 0) throw new NoteError('the checkpoint has an empty extension line');
      if (ext.indexOf('streams ') === 0) {
        if (streamsRoot) throw new NoteError('the checkpoint has two streams lines');
        streamsRoot = decodeBase64Strict(ext.slice('streams '.length), 'the stream-heads root');
        if (streamsRoot.length !== 32) throw new NoteError('the stream-heads root is not a 32-byte hash');
      }
    });
    return { origin: origin, size: BigInt(sizeText), root: root, streamsRoot: streamsRoot, extensions: extensions };
  }

  async function verifyCheckpoint(noteText, trusted) {
    var v = await verifyNote(noteText, trusted);
    var cp = parseCheckpointBody(v.body);
    cp.verifiedBy = v.verifiedBy;
    return cp;
  }

  // ------------------------------------------------------------------ stream heads and commitments

  function streamHeadLeafHash(head) {
    return hashLeaf(enc.encode(canonicalize({ streamId: head.streamId, lastRevision: head.lastRevision, lastLeafHash: head.lastLeafHash })));
  }

  function resolvePointer(doc, pointer) {
    if (pointer === '') return doc;
    if (typeof pointer !== 'string' || pointer.charAt(0) !== '/') return undefined;
    var cur = doc, parts = pointer.slice(1).split('/');
    for (var i = 0; i < parts.length; i++) {
      var key = parts[i].replace(/~1/g, '/').replace(/~0/g, '~');
      if (typeof cur !== 'object' || cur === null || !Object.prototype.hasOwnProperty.call(cur, key)) return undefined;
      cur = cur[key];
    }
    return cur;
  }

  function placeholderCommitment(value) {
    if (typeof value === 'string') return /^[0-9a-f]{64}$/.test(value) ? fromHex(value) : null;
    if (typeof value !== 'object' || value === null) return null;
    var p = value.$personal;
    if (!p || typeof p !== 'object' || p.v !== 1 || typeof p.c !== 'string' || !/^[0-9a-f]{64}$/.test(p.c)) return null;
    return fromHex(p.c);
  }

  async function checkCommitment(entry, fieldPath, salt, value) {
    var c = placeholderCommitment(resolvePointer(entry, fieldPath));
    if (!c) return 'the entry has no personal-data commitment at ' + fieldPath;
    if (salt.length !== 32) return 'the disclosed salt for ' + fieldPath + ' is not 32 bytes';
    var key = await subtle().importKey('raw', salt, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    var mac = new Uint8Array(await subtle().sign('HMAC', key, concat(enc.encode(COMMITMENT_DOMAIN), enc.encode(fieldPath), Uint8Array.of(0), enc.encode(String(value)))));
    if (!equalBytes(mac, c)) return 'the disclosed value for ' + fieldPath + ' does not match the commitment in the entry';
    return null;
  }

  // ------------------------------------------------------------------ the export (verify-export.ts)

  function isIndex(x) { return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0; }
  function proofOf(p, what) {
    if (!Array.isArray(p)) throw new ProofError(what + ' is missing');
    return p.map(function (x, i) { return b64(x, what + ' element ' + i); });
  }
  function msgOf(e) { return e && e.message ? e.message : String(e); }

  /**
   * Verifies the text of a JSON Lines export against pinned keys (vkey strings).
   * Resolves to the same report as the Node verifier: { ok, failures, notes, ... }.
   */
  async function verifyText(text, options) {
    options = options || {};
    var report = { ok: false, failures: [], notes: [], verifiedBy: [], events: 0, streams: [], disclosedFields: 0 };
    var suppressed = 0;
    function note(m) { if (report.notes.length < 200) report.notes.push(m); else suppressed++; }
    function fail(reason) {
      report.failures.push(reason);
      if (!options.all) throw new Stop(reason);
    }

    var trusted = [];
    try {
      var given = (options.trustedKeys || []).map(function (k) { return String(k).trim(); }).filter(Boolean);
      for (var k = 0; k < given.length; k++) trusted.push(await parseVkey(given[k]));
    } catch (e) {
      report.failures.push('A trusted key could not be read: ' + msgOf(e));
      return report;
    }
    if (trusted.length === 0) {
      report.failures.push("No trusted key was given. Pass the log operator's public key (never take it from the export itself).");
      return report;
    }

    var header = null, cp = null, trailer = null, lineNo = 0, lastLeafIndex = -1;
    var streams = new Map();
    var complete = new Set();

    async function checkHeader(h) {
      if (h.format !== EXPORT_FORMAT) fail('This is not a Governance Ledger export (format ' + JSON.stringify(h.format) + ').');
      if (h.version !== EXPORT_VERSION) fail('Export format version ' + JSON.stringify(h.version) + ' is not supported (this verifier reads version ' + EXPORT_VERSION + ').');
      var c;
      try {
        c = await verifyCheckpoint(h.checkpoint, trusted);
      } catch (e) {
        if (e instanceof Stop) throw e;
        fail('Signature check failed: ' + msgOf(e) + '.');
        return null;
      }
      report.verifiedBy = c.verifiedBy;
      report.origin = c.origin;
      report.treeSize = c.size.toString();
      report.root = toBase64(c.root);
      if (h.origin !== c.origin) fail('The header says the log is "' + h.origin + '" but the signed checkpoint is for "' + c.origin + '".');
      var stated;
      try { stated = BigInt(h.treeSize); } catch (e) { stated = -1n; }
      if (stated !== c.size) fail('The header says the tree has ' + h.treeSize + ' entries but the signed checkpoint says ' + c.size + '.');
      if (!c.streamsRoot) fail('The signed checkpoint has no stream-heads root, so completeness cannot be checked.');
      if (h.publicKey) {
        try {
          var inFile = await parseVkey(h.publicKey);
          if (!trusted.some(function (t) { return equalBytes(t.publicKey, inFile.publicKey); })) report.notes.push('The export names a public key you did not pass; it was ignored, as it should be.');
        } catch (e) {
          report.notes.push('The public key written in the export could not be read; it is not used anyway.');
        }
      }
      return c;
    }

    async function checkEvent(ev) {
      var where = 'Line ' + lineNo + ' (leaf ' + String(ev.leafIndex) + ')';
      report.events++;
      if (!isIndex(ev.leafIndex)) { fail(where + ': the leaf index is not a whole number.'); return lastLeafIndex; }
      var bytes;
      try { bytes = b64(ev.entry, 'the entry'); } catch (e) { fail(where + ': the entry is not base64.'); return ev.leafIndex; }
      var leafHash = await hashLeaf(bytes);
      var entry = null;
      var textOfEntry = dec.decode(bytes);
      try {
        entry = JSON.parse(textOfEntry);
      } catch (e) {
        entry = null;
        fail(where + ': the entry bytes are not JSON; they were damaged or edited.');
      }
      if (entry !== null && canonicalize(entry) !== textOfEntry) fail(where + ': the entry bytes are not in canonical form (RFC 8785); they were edited.');
      if (ev.leafHash !== undefined && ev.leafHash !== toHex(leafHash)) fail(where + ': the entry does not hash to the stated leaf hash; the entry or the hash was altered.');
      try {
        if (BigInt(ev.leafIndex) >= cp.size) throw new ProofError('leaf ' + ev.leafIndex + ' is beyond the checkpoint (size ' + cp.size + ')');
        await verifyInclusion(ev.leafIndex, cp.size, leafHash, proofOf(ev.proof, 'the inclusion proof'), cp.root);
      } catch (e) {
        if (e instanceof Stop) throw e;
        fail(where + ': the inclusion proof fails (' + msgOf(e) + '); this entry is not what the signed log holds.');
      }
      if (!entry || typeof entry !== 'object') return ev.leafIndex;
      var stream = entry.stream, rev = entry.streamRevision, prev = entry.prevStreamLeafHash;
      if (typeof stream !== 'string' || !isIndex(rev) || (prev !== null && typeof prev !== 'string')) {
        fail(where + ': the entry lacks stream, streamRevision or prevStreamLeafHash.');
        return ev.leafIndex;
      }
      if (rev === 0 && prev !== null) fail(where + ': the first event of stream "' + stream + '" points at a previous event.');
      var s = streams.get(stream);
      var lh = toHex(leafHash);
      if (!s) {
        if (header.completeStreams && rev !== 0) fail(where + ': stream "' + stream + '" starts at revision ' + rev + '; revisions 0 to ' + (rev - 1) + ' are missing from the export.');
        streams.set(stream, { lastLeafIndex: ev.leafIndex, first: rev, last: rev, lastHash: lh, events: 1, gaps: rev !== 0 });
      } else {
        if (rev <= s.last) fail(where + ': stream "' + stream + '" goes back from revision ' + s.last + ' to ' + rev + ', or an event appears twice.');
        else if (ev.leafIndex <= s.lastLeafIndex) fail(where + ': stream "' + stream + '" revision ' + rev + ' sits before revision ' + s.last + ' in the log; the order was tampered with.');
        else if (rev === s.last + 1) {
          if (prev !== s.lastHash) fail(where + ': stream "' + stream + '" revision ' + rev + ' does not point at the hash of revision ' + s.last + '; the chain is broken.');
        } else {
          s.gaps = true;
          if (header.completeStreams) fail(where + ': stream "' + stream + '" jumps from revision ' + s.last + ' to ' + rev + '; the events in between are missing.');
        }
        s.last = rev;
        s.lastLeafIndex = ev.leafIndex;
        s.lastHash = lh;
        s.events++;
      }
      var disclosed = Array.isArray(ev.disclosed) ? ev.disclosed : [];
      for (var i = 0; i < disclosed.length; i++) {
        var d = disclosed[i];
        report.disclosedFields++;
        var salt;
        try { salt = b64(d.salt, 'the salt'); } catch (e) { fail(where + ': the salt disclosed for ' + d.path + ' is not base64.'); continue; }
        var problem = await checkCommitment(entry, d.path, salt, d.value);
        if (problem) fail(where + ': ' + problem + '.');
      }
      return ev.leafIndex;
    }

    async function checkHead(h, streamsTreeSize) {
      try {
        if (!cp.streamsRoot) throw new ProofError('no stream-heads root');
        if (!isIndex(h.index) || !isIndex(streamsTreeSize)) throw new ProofError('bad index or size');
        await verifyInclusion(h.index, streamsTreeSize, await streamHeadLeafHash(h), proofOf(h.proof, 'the stream-heads proof'), cp.streamsRoot);
      } catch (e) {
        if (e instanceof Stop) throw e;
        fail('The head of stream "' + h.streamId + '" is not proven by the signed checkpoint (' + msgOf(e) + ').');
        return;
      }
      var s = streams.get(h.streamId);
      if (!s) {
        if (header.completeStreams) fail('Stream "' + h.streamId + '" has ' + (h.lastRevision + 1) + ' events at the checkpoint but none are in the export.');
        return;
      }
      s.headChecked = true;
      if (s.last !== h.lastRevision || s.lastHash !== h.lastLeafHash) {
        if (header.completeStreams) fail('Stream "' + h.streamId + '" ends at revision ' + s.last + ' in the export, but at revision ' + h.lastRevision + ' in the signed log: events were left out.');
        else note('Stream "' + h.streamId + '": ' + s.events + ' of its ' + (h.lastRevision + 1) + ' events are in this selection.');
        return;
      }
      if (!s.gaps && s.first === 0) complete.add(h.streamId);
      else note('Stream "' + h.streamId + '": ' + s.events + ' of its ' + (h.lastRevision + 1) + ' events are in this selection.');
    }

    async function checkTrailer(t) {
      if (t.count !== report.events) fail('The trailer says the export holds ' + t.count + ' events but it holds ' + report.events + ': events were added or removed.');
      var heads = Array.isArray(t.streamHeads) ? t.streamHeads : [];
      for (var i = 0; i < heads.length; i++) await checkHead(heads[i], t.streamsTreeSize);
      streams.forEach(function (s, stream) {
        if (!s.headChecked) {
          if (header.completeStreams) fail('The export gives no stream-heads proof for stream "' + stream + '", so it cannot be shown complete.');
          else note('Stream "' + stream + '": completeness not claimed.');
        }
      });
      (t.missingStreams || []).forEach(function (m) { note('Stream "' + m + '" was asked for but has no events up to the checkpoint (absence is not proven by this file).'); });
    }

    async function checkEarlier(earlierNote) {
      if (earlierNote === undefined || earlierNote === null || earlierNote === '') return;
      var earlier;
      try {
        earlier = await verifyCheckpoint(earlierNote, trusted);
      } catch (e) {
        if (e instanceof Stop) throw e;
        fail('The earlier checkpoint you gave fails its own check: ' + msgOf(e) + '.');
        return;
      }
      if (earlier.origin !== cp.origin) { fail('The earlier checkpoint is for log "' + earlier.origin + '", the export for "' + cp.origin + '".'); return; }
      if (earlier.size > cp.size) {
        report.consistentWithEarlier = false;
        fail("The export's checkpoint (size " + cp.size + ') is older than the earlier checkpoint you hold (size ' + earlier.size + '): the log was rolled back.');
        return;
      }
      var entry = earlier.size === cp.size || earlier.size === 0n ? { proof: [], fromRoot: toBase64(earlier.root) } : ((trailer && trailer.consistency) || []).find(function (c) { return BigInt(c.fromSize) === earlier.size; });
      if (!entry) {
        report.consistentWithEarlier = false;
        fail('The export carries no consistency proof from size ' + earlier.size + '; export again asking for one from that checkpoint.');
        return;
      }
      try {
        await verifyConsistency(earlier.size, cp.size, proofOf(entry.proof, 'the consistency proof'), earlier.root, cp.root);
        report.consistentWithEarlier = true;
      } catch (e) {
        if (e instanceof Stop) throw e;
        report.consistentWithEarlier = false;
        fail('The log is not consistent with the earlier checkpoint: ' + msgOf(e) + '.');
      }
    }

    try {
      var lines = String(text).split('\n');
      if (lines.length && lines[lines.length - 1] === '') lines.pop();
      for (var li = 0; li < lines.length; li++) {
        var line = lines[li];
        if (line.slice(-1) === '\r') line = line.slice(0, -1);
        lineNo++;
        if (line.trim() === '') continue;
        var obj;
        try { obj = JSON.parse(line); } catch (e) { fail('Line ' + lineNo + ' is not valid JSON: the file is damaged.'); continue; }
        if (obj === null || typeof obj !== 'object') { fail('Line ' + lineNo + ' is not valid JSON: the file is damaged.'); continue; }
        if (trailer) { fail('Line ' + lineNo + ' comes after the trailer: something was appended to the export.'); continue; }
        if (!header) {
          if (obj.type !== 'header') { fail('The first line is not the export header.'); throw new Stop('no header'); }
          header = obj;
          cp = await checkHeader(header);
          if (!cp) throw new Stop('no checkpoint');
          continue;
        }
        if (obj.type === 'event') lastLeafIndex = await checkEvent(obj);
        else if (obj.type === 'streamHead') await checkHead(obj, obj.streamsTreeSize);
        else if (obj.type === 'trailer') { trailer = obj; await checkTrailer(trailer); }
        else fail('Line ' + lineNo + ' has an unknown type ' + JSON.stringify(obj.type) + '.');
      }
      if (!header) fail('The file is empty: there is no export header.');
      else if (!trailer) fail('The export ends without its trailer: it was cut short, so events may be missing.');
      if (cp) await checkEarlier(options.earlierCheckpoint);
    } catch (e) {
      if (!(e instanceof Stop)) report.failures.push('The export could not be read: ' + msgOf(e));
    }
    if (suppressed) report.notes.push('... and ' + suppressed + ' more notes like these.');
    streams.forEach(function (s, stream) {
      report.streams.push({ stream: stream, events: s.events, firstRevision: s.first, lastRevision: s.last, complete: complete.has(stream) && report.failures.length === 0 });
    });
    report.ok = report.failures.length === 0;
    void lastLeafIndex;
    return report;
  }

  global.LedgerVerify = {
    verifyText: verifyText,
    parseVkey: parseVkey,
    canonicalize: canonicalize,
    hashLeaf: hashLeaf,
    rootFromInclusionProof: rootFromInclusionProof,
    verifyInclusion: verifyInclusion,
    verifyConsistency: verifyConsistency,
    parseCheckpointBody: parseCheckpointBody,
    toHex: toHex,
  };
})(window);
