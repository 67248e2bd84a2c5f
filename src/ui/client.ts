// The queue's only client script (inlined with a CSP nonce): keyboard selection and decisions.
// j/k move, a approve, r reject (focuses the reason first when empty), e escalate, x toggles bulk select.
export const QUEUE_SCRIPT = `(() => {
  const items = Array.from(document.querySelectorAll("[data-item]"));
  let at = 0;
  const select = (n, focus) => {
    if (!items.length) return;
    at = Math.max(0, Math.min(items.length - 1, n));
    items.forEach((el, k) => { el.classList.toggle("selected", k === at); el.setAttribute("aria-selected", String(k === at)); });
    if (focus) { items[at].focus({ preventScroll: true }); items[at].scrollIntoView({ block: "nearest" }); }
  };
  items.forEach((el, k) => el.addEventListener("click", (e) => { if (!e.target.closest("form,input,button,a")) select(k, true); }));
  const submit = (name) => { const f = items[at] && items[at].querySelector('form[data-action="' + name + '"]'); if (f) { f.requestSubmit(); return true; } return false; };
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest("input,textarea,select")) return;
    const item = items[at];
    switch (e.key) {
      case "j": select(at + 1, true); break;
      case "k": select(at - 1, true); break;
      case "a": submit("approve"); break;
      case "e": submit("escalate"); break;
      case "x": { const box = item && item.querySelector("input[type=checkbox]"); if (box) box.checked = !box.checked; break; }
      case "r": {
        const reason = item && item.querySelector('form[data-action="reject"] input[name="note"]');
        if (reason && !reason.value.trim()) reason.focus(); else submit("reject");
        break;
      }
      default: return;
    }
    e.preventDefault();
  });
  select(0, false);
})();`;
