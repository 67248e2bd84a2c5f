import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHex } from "../../src/lib/crypto";
import { sha256HexSync } from "../../src/lib/sha256";

/** The reference: WebCrypto's digest of the UTF-8 bytes. */
const sha256Hex = async (text: string) => toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text))));

describe("sha256HexSync", () => {
  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256HexSync("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256HexSync("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256HexSync("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  });

  it("agrees with WebCrypto on every length around block boundaries and on any Unicode text", async () => {
    for (let n = 0; n < 200; n++) {
      const s = "é".repeat(n % 7) + "x".repeat(n);
      expect(sha256HexSync(s)).toBe(await sha256Hex(s));
    }
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ maxLength: 5000 })), async (s) => {
        expect(sha256HexSync(s)).toBe(await sha256Hex(s));
      }),
      { numRuns: 300 },
    );
  });

  it("hashes a long text (buffer growth) like WebCrypto, then short ones still right", async () => {
    const long = "ß€𝄞 hostile ".repeat(20_000);
    expect(sha256HexSync(long)).toBe(await sha256Hex(long));
    expect(sha256HexSync("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
