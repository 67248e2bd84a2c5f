// Synchronous SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in plain JS so it runs the same on Node
// and Workers. Ingest derives two ids per comment; WebCrypto's digest is async only, and hundreds of
// awaited digests per page cost far more in promise and job overhead than the hashing itself.
// Collision resistance is SHA-256's: comment text is chosen by people who may try to collide ids.
import { HEX_BYTES } from "./crypto";

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const encoder = new TextEncoder();

// Reused buffers (single-threaded, and nothing here awaits): no allocation per call for short inputs.
const w = new Int32Array(64);
const h = new Int32Array(8);
let buf = new Uint8Array(4096);
let view = new DataView(buf.buffer);

function compress(bytes: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i++) {
    const j = offset + i * 4;
    w[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!;
  }
  for (let i = 16; i < 64; i++) {
    const a = w[i - 15]!, b = w[i - 2]!;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g; g = f; f = e; e = (d + t1) | 0;
    d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  h[0] = (h[0]! + a) | 0; h[1] = (h[1]! + b) | 0; h[2] = (h[2]! + c) | 0; h[3] = (h[3]! + d) | 0;
  h[4] = (h[4]! + e) | 0; h[5] = (h[5]! + f) | 0; h[6] = (h[6]! + g) | 0; h[7] = (h[7]! + hh) | 0;
}

/** SHA-256 of the UTF-8 encoding of `text` (lone surrogates become U+FFFD, as TextEncoder does), hex. */
export function sha256HexSync(text: string): string {
  // UTF-8 needs at most 3 bytes per UTF-16 unit; +72 for the padding and length.
  const need = text.length * 3 + 72;
  if (buf.length < need) {
    buf = new Uint8Array(Math.max(need, buf.length * 2));
    view = new DataView(buf.buffer);
  }
  const { written } = encoder.encodeInto(text, buf);
  const n = written;
  // Padding: 0x80, zeros, then the bit length as a 64-bit big-endian integer.
  const total = (((n + 8) >>> 6) + 1) << 6;
  buf[n] = 0x80;
  buf.fill(0, n + 1, total);
  const bits = n * 8;
  view.setUint32(total - 8, Math.floor(bits / 0x100000000));
  view.setUint32(total - 4, bits >>> 0);
  h.set(INIT);
  for (let off = 0; off < total; off += 64) compress(buf, off);
  let out = "";
  for (let i = 0; i < 8; i++) {
    const v = h[i]!;
    out += HEX_BYTES[(v >>> 24) & 255]! + HEX_BYTES[(v >>> 16) & 255]! + HEX_BYTES[(v >>> 8) & 255]! + HEX_BYTES[v & 255]!;
  }
  return out;
}
