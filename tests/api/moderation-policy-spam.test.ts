// The analyser's spam score under the default moderation policy, end to end without the HTTP layer.
import { describe, expect, it } from "vitest";
import { detectAbuse } from "../../src/analysis/abuse/index";
import { applyPolicy, DEFAULT_POLICY } from "../../src/services/moderation-policy";

describe("spam under the default moderation policy", () => {
  it("holds two kinds of signal, rejects a pile of them, publishes a comment that cites sources", () => {
    const status = (text: string) => applyPolicy(detectAbuse(text), DEFAULT_POLICY, 0).status;
    expect(status("EARN MONEY ONLINE!!! $5000 per week from home, click here http://bit.ly/xyz")).toBe("auto_rejected");
    expect(status("buy cheap pills at http://x.biz")).toBe("held");
    expect(status("Sources: https://www.bbc.co.uk/news/1 and https://www.theguardian.com/2")).toBe("published");
    expect(status("Email me at jo@example.com if you want the minutes")).toBe("published");
  });
});
