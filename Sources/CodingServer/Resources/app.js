(function () {
  "use strict";
  const $ = (s, r) => (r || document).querySelector(s);
  const $$ = (s, r) => Array.from((r || document).querySelectorAll(s));
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") e.textContent = v; else if (k.startsWith("on")) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
    }
    for (const k of kids) e.append(k);
    return e;
  };
  async function api(method, path, body) {
    const r = await fetch(path, { method, headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
    const text = await r.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!r.ok) throw new Error((data && data.error) || (r.status + " " + r.statusText));
    return data;
  }

  // Typeahead: a text box, a list, a search as the user types; arrows move, Enter picks, Escape closes.
  function typeahead(input, list, params, pick) {
    let controller = null, items = [], active = -1;
    function show() {
      list.replaceChildren(...items.map((r, i) => el("li", { role: "option", id: list.id + "-" + i, "aria-selected": String(i === active),
        onmousedown: (ev) => { ev.preventDefault(); pick(r); } }, el("span", { class: "code", text: r.code }), " " + r.title + " ",
        r.new ? el("span", { class: "badge new", text: "new" }) : "")));
      input.setAttribute("aria-expanded", String(items.length > 0));
      if (active >= 0) input.setAttribute("aria-activedescendant", list.id + "-" + active); else input.removeAttribute("aria-activedescendant");
    }
    input.addEventListener("input", async () => {
      const q = input.value.trim();
      if (controller) controller.abort();
      if (!q) { items = []; active = -1; show(); return; }
      controller = new AbortController();
      try {
        const r = await fetch("/api/lookup?limit=12&q=" + encodeURIComponent(q) + params(), { signal: controller.signal });
        if (!r.ok) return;
        items = await r.json(); active = items.length ? 0 : -1; show();
      } catch (e) { /* aborted by the next keystroke */ }
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "ArrowDown" && items.length) { active = (active + 1) % items.length; show(); ev.preventDefault(); }
      else if (ev.key === "ArrowUp" && items.length) { active = (active - 1 + items.length) % items.length; show(); ev.preventDefault(); }
      else if (ev.key === "Enter" && active >= 0 && items[active]) { ev.preventDefault(); pick(items[active]); }
      else if (ev.key === "Escape") { items = []; active = -1; show(); }
    });
    input.addEventListener("blur", () => setTimeout(() => { items = []; active = -1; show(); }, 150));
    return { clear() { items = []; active = -1; input.value = ""; show(); } };
  }

  // The lookup page: results as the user types; a pick opens the code's entry.
  const q = $("input[data-typeahead]");
  if (q) {
    const list = document.getElementById(q.dataset.typeahead);
    const system = $("#system");
    typeahead(q, list, () => "&system=" + encodeURIComponent(system ? system.value : "all"),
      (r) => { location.href = "/code/" + r.system + "/" + encodeURIComponent(r.code); });
  }

  const stateBlock = $("#chart-state");
  if (!stateBlock) return;
  const S = JSON.parse(stateBlock.textContent);
  const enc = S.encounter;
  const dx = S.diagnoses.map((d) => ({ code: d.code, title: d.title, poa: d.poa || "" }));
  const px = S.procedures.map((p) => ({ code: p.code, title: p.title }));
  const rejected = new Set();
  let lastDRG = S.review && S.review.grouping ? S.review.grouping.drg : null;
  const status = $("#save-status");
  const say = (t) => { status.textContent = t; };
  const norm = (c) => c.replace(/[^0-9A-Za-z]/g, "").toUpperCase();
  const has = (list, code) => list.some((x) => norm(x.code) === norm(code));

  function select(code) {
    $$("ul.suggestions li").forEach((li) => li.classList.toggle("selected", li.dataset.code === code));
    let first = null;
    $$("mark.ev").forEach((m) => {
      const on = code !== null && m.dataset.codes.split(" ").includes(code);
      m.classList.toggle("active", on);
      if (on && !first) first = m;
    });
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }
  function renderSuggestions() {
    const ul = $("#suggestions");
    if (!ul) return;
    if (!S.suggestions.length) { ul.replaceChildren(el("li", { class: "empty", text: "No codes found in the notes." })); return; }
    ul.replaceChildren(...S.suggestions.map((s) => {
      const inSet = s.system === "icd10pcs" ? has(px, s.code) : has(dx, s.code);
      const li = el("li", { "data-code": s.code, class: inSet ? "accepted" : rejected.has(s.code) ? "rejected" : "" },
        el("button", { type: "button", class: "pick", title: "Show the evidence", onclick: () => select(s.code) },
          el("span", { class: "code", text: s.code }), " " + s.title + (s.principal ? " (principal)" : "") + " ",
          el("span", { class: "conf", text: Math.round(s.confidence * 100) + "%" })));
      // the index path the code was found by, and every reason on hover
      const path = (s.reasons || []).find((r) => r.includes("Index: ") || r.startsWith("PCS Index:") || r.startsWith("PCS Table"));
      if (path) li.querySelector(".pick").append(el("span", { class: "path", text: path.replace(/^'[^']*': /, "") }));
      if (s.reasons && s.reasons.length) li.title = s.reasons.join("\n");
      if (S.editable && !inSet) {
        li.append(el("button", { type: "button", "data-accept": s.code, onclick: () => accept(s) , text: "Accept" }));
        li.append(el("button", { type: "button", "data-edit": s.code, title: "Pick another code near this one", onclick: () => edit(s), text: "Edit" }));
        if (!rejected.has(s.code)) li.append(el("button", { type: "button", "data-reject": s.code, onclick: () => { rejected.add(s.code); renderSuggestions(); }, text: "Reject" }));
      } else if (inSet) {
        li.append(el("span", { class: "badge", text: "in code set" }));
      }
      return li;
    }));
  }
  function accept(s) {
    rejected.delete(s.code);
    if (s.system === "icd10pcs") { if (!has(px, s.code)) px.push({ code: s.code, title: s.title }); }
    else if (!has(dx, s.code)) {
      const item = { code: s.code, title: s.title, poa: "" };
      if (s.principal) dx.unshift(item); else dx.push(item);
    }
    changed();
  }
  function move(list, i, by) { const j = i + by; if (j < 0 || j >= list.length) return; [list[i], list[j]] = [list[j], list[i]]; changed(); }
  function renderCodes() {
    const row = (list, i, withPOA) => {
      const c = list[i];
      const cells = [el("td", { text: String(i + 1) }), el("td", { class: "code", text: c.code }), el("td", { text: c.title || "" })];
      if (withPOA) {
        const sel = el("select", { "aria-label": "Present on admission for " + c.code, "data-poa": c.code, onchange: (e) => { c.poa = e.target.value; changed(); } });
        for (const v of ["", "Y", "N", "U", "W", "1"]) sel.append(el("option", { value: v, text: v || "–" }));
        sel.value = c.poa || ""; if (!S.editable) sel.disabled = true;
        cells.push(el("td", {}, sel));
      }
      const tools = el("td", {});
      if (S.editable) {
        tools.append(el("button", { type: "button", title: "Move up", "aria-label": "Move " + c.code + " up", onclick: () => move(list, i, -1), text: "↑" }), " ",
          el("button", { type: "button", "aria-label": "Remove " + c.code, "data-remove": c.code, onclick: () => { list.splice(i, 1); changed(); }, text: "Remove" }));
      }
      cells.push(tools);
      return el("tr", {}, ...cells);
    };
    $("#dx").replaceChildren(...dx.map((_, i) => row(dx, i, true)));
    $("#px").replaceChildren(...px.map((_, i) => row(px, i, false)));
  }
  function renderReview(r) {
    const drg = $("#drg"), edits = $("#edits"), impact = $("#impact");
    const g = r && r.grouping;
    if (!g) { drg.replaceChildren(el("span", { class: "num", id: "drg-number", text: "–" }), " no DRG: " + (dx.length ? "the claim does not group" : "no diagnoses yet")); }
    else {
      const kids = [el("span", { class: "num", id: "drg-number", text: g.drg }), " " + (g.title || "") + " · MDC " + (g.mdc || "–") + " · weight ",
        el("strong", { id: "drg-weight", text: g.weight != null ? Number(g.weight).toFixed(4) : "unknown", title: g.weightSource || "" }), g.ccMcc && g.ccMcc !== "none" ? " · " + g.ccMcc.toUpperCase() : ""];
      if (lastDRG && lastDRG !== g.drg) kids.push(el("div", { class: "was", text: "was DRG " + lastDRG }));
      drg.replaceChildren(...kids);
    }
    lastDRG = g ? g.drg : lastDRG;
    const findings = (r && r.findings) || [];
    edits.replaceChildren(...(findings.length ? findings.map((f) => {
      const li = el("li", {}, el("span", { class: "sev-" + f.severity, text: f.severity }), " ",
        el("span", { class: "code", text: f.rule }), ": " + f.message + (f.fix ? " — " + f.fix : ""));
      if (S.editable && fixes[f.rule]) li.append(" ", el("button", { type: "button", "data-fix": f.rule, onclick: () => { if (fixes[f.rule](f)) changed(); }, text: "Apply fix" }));
      return li;
    }) : [el("li", { class: "empty", text: "No edits." })]));
    const opps = findings.filter((f) => f.query && f.query.options && f.query.options.some((o) => o.drg || o.weightChange));
    impact.replaceChildren(...(opps.length ? opps.map((f) => {
      const best = f.query.options.filter((o) => o.weightChange != null).sort((a, b) => b.weightChange - a.weightChange)[0] || f.query.options[0];
      const li = el("li", {}, el("strong", { text: f.query.topic }), ": " + best.label + (best.drg ? " → DRG " + best.drg : "") +
        (best.weightChange != null ? " (" + (best.weightChange >= 0 ? "+" : "") + Number(best.weightChange).toFixed(4) + ")" : ""));
      if (S.mode === "code") li.append(" ", el("button", { type: "button", "data-query": f.rule, onclick: () => query(f.rule), text: "Query physician" }));
      return li;
    }) : [el("li", { class: "empty", text: "Nothing in the documents points to another DRG." })]));
  }
  // the fixes the page can make itself: the sequence a "Code first" note asks for, and a code that a
  // combination code on the claim already reports
  const at = (code) => dx.findIndex((d) => norm(d.code) === norm(code));
  const fixes = {
    "code-first.sequence": (f) => {
      const code = at(f.codes[0]), first = at(f.codes[1]);
      if (code < 0 || first <= code) return false;
      dx.splice(code, 0, dx.splice(first, 1)[0]);
      return true;
    },
    "combination.component": (f) => {
      const i = at(f.codes[0]);
      if (i < 0) return false;
      dx.splice(i, 1);
      return true;
    },
  };
  const codeSet = () => ({ diagnoses: dx.map((d) => (d.poa ? { code: d.code, poa: d.poa } : { code: d.code })), procedures: px.map((p) => ({ code: p.code })) });
  let reviewSeq = 0;
  async function changed() {
    renderCodes(); renderSuggestions();
    const seq = ++reviewSeq;
    const drgBox = $("#drg");
    if (!dx.length) { renderReview(null); drgBox.setAttribute("aria-busy", "false"); return; }
    // busy until the review of the latest code set is drawn
    drgBox.setAttribute("aria-busy", "true");
    try {
      const r = await api("POST", "/api/encounters/" + enc + "/review", codeSet());
      if (seq === reviewSeq) renderReview(r);
    } catch (e) { say(e.message); }
    if (seq === reviewSeq) drgBox.setAttribute("aria-busy", "false");
  }
  async function query(rule) {
    try { await api("POST", "/api/encounters/" + enc + "/queries", { rule }); location.reload(); } catch (e) { say(e.message); }
  }
  // edit a suggestion: the typeahead opens on its category; the code picked there replaces it
  let editing = null;
  function edit(s) {
    editing = s.code;
    const box = $("#add-code");
    box.value = s.system === "icd10cm" ? s.code.split(".")[0] : s.code.slice(0, 4);
    box.focus();
    box.dispatchEvent(new Event("input"));
    say("Pick the code that replaces " + s.code + ".");
  }
  function addCode(r) {
    if (editing) { rejected.add(editing); editing = null; say(""); }
    if (r.system === "icd10pcs") { if (!has(px, r.code)) px.push({ code: r.code, title: r.title }); }
    else if (!has(dx, r.code)) dx.push({ code: r.code, title: r.title, poa: "" });
    adder.clear(); changed();
  }
  // codes valid for reporting only: a heading would be an invalid code on the claim
  const adder = typeahead($("#add-code"), $("#add-results"), () => "&billable=true", addCode);
  if (!S.editable) $("#add-code").disabled = true;
  $("#add-code").addEventListener("keydown", (ev) => { if (ev.key === "Escape" && editing) { editing = null; say(""); } });

  // select a highlighted stretch: its codes; select other text: look it up
  $$("mark.ev").forEach((m) => { m.tabIndex = 0; m.addEventListener("click", () => select(m.dataset.codes.split(" ")[0]));
    m.addEventListener("keydown", (e) => { if (e.key === "Enter") select(m.dataset.codes.split(" ")[0]); }); });
  // text selected in a note, by mouse or by keyboard (shift and the arrows)
  async function lookUpSelection() {
    const sel = window.getSelection();
    const text = sel ? sel.toString().trim() : "";
    const node = sel && sel.anchorNode ? (sel.anchorNode.nodeType === 1 ? sel.anchorNode : sel.anchorNode.parentElement) : null;
    if (!text || text.length > 120 || !node || !node.closest(".notes")) return;
    $("#lookup-pane").hidden = false; $("#lookup-term").textContent = text;
    try {
      const results = await api("GET", "/api/lookup?limit=8&q=" + encodeURIComponent(text));
      $("#lookup-results").replaceChildren(...results.map((r) => el("li", {}, el("a", { href: "/code/" + r.system + "/" + encodeURIComponent(r.code), target: "_blank", class: "code", text: r.code }),
        " " + r.title + " ", S.editable && r.billable ? el("button", { type: "button", onclick: () => addCode(r), text: "Add" }) : "")));
    } catch (e) { say(e.message); }
  }
  document.addEventListener("mouseup", lookUpSelection);
  document.addEventListener("keyup", (ev) => { if (ev.shiftKey) lookUpSelection(); });
  const acceptAll = $("#accept-all");
  if (acceptAll) { if (!S.editable) acceptAll.hidden = true; acceptAll.addEventListener("click", () => { S.suggestions.filter((s) => !rejected.has(s.code)).forEach((s) => accept(s)); }); }
  const save = $("#save");
  if (save) save.addEventListener("click", async () => {
    try { const v = await api("POST", "/api/encounters/" + enc + "/versions", codeSet()); say("Saved as version " + v.number + "."); } catch (e) { say(e.message); }
  });
  const submit = $("#submit");
  if (submit) submit.addEventListener("click", async () => {
    if (!dx.length) { say("Add a principal diagnosis first."); return; }
    try { await api("POST", "/api/encounters/" + enc + "/submit", codeSet()); location.href = "/worklist?message=" + encodeURIComponent("Encounter submitted."); }
    catch (e) { say("Not submitted: " + e.message); }
  });
  const record = $("#record-audit");
  if (record) record.addEventListener("click", async () => {
    if (!dx.length) { say("Add the diagnoses first."); return; }
    try { await api("POST", "/api/audit-items/" + S.auditItem + "/recode", codeSet()); location.reload(); } catch (e) { say(e.message); }
  });
  const hold = $("#hold");
  if (hold) hold.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = new FormData(hold);
    try { await api("POST", "/api/encounters/" + enc + "/status", { status: "onHold", pendingReason: f.get("reason"), note: f.get("note") || undefined }); location.reload(); }
    catch (e) { say(e.message); }
  });
  $$("button[data-resolve]").forEach((b) => b.addEventListener("click", async () => {
    try { await api("POST", "/api/pending/" + b.dataset.resolve + "/resolve"); location.reload(); } catch (e) { say(e.message); }
  }));
  renderCodes(); renderSuggestions(); renderReview(S.review);
})();
