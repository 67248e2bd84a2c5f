import type { Child } from "hono/jsx";

// The page frame: one inline stylesheet and (optionally) one inline script, both carrying the
// request's CSP nonce; nothing is loaded from anywhere else.

const CSS = `
:root{--fg:#1d2430;--muted:#5b6472;--line:#d6dbe3;--bg:#f6f7f9;--accent:#1f5fbf;--neg:#c0392b;--neu:#8a94a6;--pos:#2e8b57;--warn:#fff3bf}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{display:flex;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#fff;border-bottom:1px solid var(--line)}
header nav a{margin-right:1rem;color:var(--accent);text-decoration:none}header nav a[aria-current=page]{font-weight:600;text-decoration:underline}
header .who{margin-left:auto;color:var(--muted);font-size:.9em}main{padding:1rem 1.2rem;max-width:1100px}
h1{font-size:1.35rem;margin:.2rem 0 1rem}h2{font-size:1.1rem;margin:1.4rem 0 .5rem}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:.7rem 0}
.item{outline:none}.item.selected{border-color:var(--accent);box-shadow:0 0 0 2px var(--accent)}
.item .text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05em;margin:.4rem 0}
mark{background:#ffd6d1;color:#7a1207;border-radius:3px;padding:0 1px}
.meta,.context{color:var(--muted);font-size:.9em}.context blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid var(--line);white-space:pre-wrap;overflow-wrap:anywhere}
.reasons{margin:.3rem 0;padding-left:1.2rem}.actions{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap;margin-top:.5rem}
.actions form{display:flex;gap:.3rem;margin:0}button{font:inherit;padding:.3rem .8rem;border-radius:6px;border:1px solid var(--line);background:#fff;cursor:pointer}
button.approve{border-color:var(--pos);color:var(--pos)}button.reject{border-color:var(--neg);color:var(--neg)}button.escalate{border-color:#b7791f;color:#b7791f}
input[type=text],input[type=password],select{font:inherit;padding:.3rem .5rem;border:1px solid var(--line);border-radius:6px}
.notice{background:var(--warn);border:1px solid #e6c200;padding:.5rem .8rem;border-radius:6px}.error{background:#ffe3e3;border-color:var(--neg)}
kbd{border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 .3em;font-size:.85em;background:#fff}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);font-size:.92em}
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1rem}
svg text{font:11px system-ui,sans-serif;fill:#333}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.claim{display:inline-block;background:#e7f0ff;color:#1f4f9f;border-radius:4px;padding:0 .4em;font-size:.85em}
`;

export function Layout(props: { title: string; nonce: string; user?: { keyId: string; role: string } | undefined; csrf?: string; current?: string; script?: string; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="same-origin" />
        <title>{props.title} · comment-sentinel</title>
        <style nonce={props.nonce} dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        <header>
          <strong>comment-sentinel</strong>
          {props.user ? (
            <nav aria-label="Main">
              <a href="/ui" aria-current={props.current === "queue" ? "page" : undefined}>Queue</a>
              <a href="/ui/dashboard" aria-current={props.current === "dashboard" ? "page" : undefined}>Dashboard</a>
            </nav>
          ) : null}
          {props.user ? (
            <form class="who" method="post" action="/ui/logout">
              <input type="hidden" name="csrf" value={props.csrf ?? ""} />
              key {props.user.keyId} ({props.user.role}) <button type="submit">Sign out</button>
            </form>
          ) : null}
        </header>
        <main>{props.children}</main>
        {props.script ? <script nonce={props.nonce} dangerouslySetInnerHTML={{ __html: props.script }} /> : null}
      </body>
    </html>
  );
}
