// stancegraph HTML view: filters, details on click, pan and zoom.
// Every piece of article text is put into the page with textContent, never as markup.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("sg-data").textContent);
  const svg = document.getElementById("graph");
  const details = document.getElementById("details");
  const $ = (id) => document.getElementById(id);
  const nodeEls = Array.from(svg.querySelectorAll("g.node"));
  const edgeEls = Array.from(svg.querySelectorAll("g.edge"));
  const stanceEls = Array.from(svg.querySelectorAll("g.stance"));
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const nodeById = new Map(data.nodes.map((n, i) => [n.id, i]));

  // ---- small DOM helpers: text only ----
  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function label(id) {
    const i = nodeById.get(id);
    return i === undefined ? id : data.nodes[i].label;
  }
  function link(text, onClick) {
    const a = el("a", text);
    a.tabIndex = 0;
    a.addEventListener("click", onClick);
    return a;
  }

  // ---- filters ----
  function fillSelect(select, entries) {
    for (const [value, text] of entries) {
      const o = el("option", text);
      o.value = value;
      select.appendChild(o);
    }
  }
  const actors = data.nodes.map((n) => [n.id, n.label]).sort((a, b) => a[1].localeCompare(b[1]));
  fillSelect($("f-actor"), actors);
  const relations = Array.from(new Set(data.groups.map((g) => g.relation))).sort();
  fillSelect($("f-relation"), relations.map((r) => [r, r]));
  // An aggregated edge (build --aggregate) stands for many mentions over a date range.
  function dateRange(e) {
    return e.aggregate ? [e.aggregate.first_date, e.aggregate.last_date] : [e.date, e.date];
  }
  const dates = data.edges.flatMap(dateRange).filter(Boolean).sort();
  for (const id of ["f-from", "f-to"]) {
    if (dates.length) {
      $(id).min = dates[0];
      $(id).max = dates[dates.length - 1];
    }
  }

  function filters() {
    return {
      actor: $("f-actor").value,
      relation: $("f-relation").value,
      tones: { cooperation: $("f-cooperation").checked, conflict: $("f-conflict").checked, neutral: $("f-neutral").checked },
      from: $("f-from").value,
      to: $("f-to").value,
    };
  }
  function inDates(edge, f) {
    if (!f.from && !f.to) return true;
    const [first, last] = dateRange(edge);
    if (!first || !last) return false;
    return (!f.from || last >= f.from) && (!f.to || first <= f.to);
  }
  function groupVisible(g, f) {
    const src = data.nodes[g.source], dst = data.nodes[g.target];
    if (f.actor && src.id !== f.actor && dst.id !== f.actor) return false;
    if (f.relation && g.relation !== f.relation) return false;
    if (!f.tones[g.tone]) return false;
    return g.edges.some((i) => inDates(data.edges[i], f));
  }
  function apply() {
    const f = filters();
    const active = f.actor || f.relation || f.from || f.to || !f.tones.cooperation || !f.tones.conflict || !f.tones.neutral;
    const lit = new Set();
    let shown = 0;
    data.groups.forEach((g, i) => {
      const visible = groupVisible(g, f);
      edgeEls[i].classList.toggle("hidden", !visible);
      if (visible) {
        shown += 1;
        lit.add(g.source);
        lit.add(g.target);
      }
    });
    data.stance_groups.forEach((t, k) => {
      const a = data.nodes[t.actor].id, b = data.nodes[t.issue].id;
      const visible = !f.relation && (!f.actor || a === f.actor || b === f.actor) &&
        t.stances.some((i) => inDates(data.stances[i], f));
      stanceEls[k].classList.toggle("hidden", !visible);
      if (visible && (f.actor || f.from || f.to)) {
        lit.add(t.actor);
        lit.add(t.issue);
      }
    });
    if (f.actor) lit.add(nodeById.get(f.actor));
    nodeEls.forEach((e, i) => e.classList.toggle("dim", Boolean(active) && !lit.has(i)));
    $("status").textContent = shown + " of " + data.groups.length + " relations, " + data.nodes.length + " actors";
    svg.classList.toggle("nolabels", !$("f-labels").checked);
  }
  for (const id of ["f-actor", "f-relation", "f-cooperation", "f-conflict", "f-neutral", "f-from", "f-to", "f-labels"]) {
    $(id).addEventListener("change", apply);
  }
  $("f-reset").addEventListener("click", () => {
    $("f-actor").value = "";
    $("f-relation").value = "";
    for (const id of ["f-cooperation", "f-conflict", "f-neutral", "f-labels"]) $(id).checked = true;
    $("f-from").value = "";
    $("f-to").value = "";
    apply();
  });

  // ---- details ----
  function select(elem) {
    for (const e of svg.querySelectorAll(".selected")) e.classList.remove("selected");
    if (elem) elem.classList.add("selected");
  }
  function docLine(docId, date) {
    const d = docs.get(docId);
    const name = d ? (d.title || d.source || d.id) : docId;
    return [date || (d && d.date) || "undated", name].join(" · ");
  }
  function statementItem(s) {
    const li = el("li");
    const who = s.speaker ? label(s.speaker) : "unknown speaker";
    li.appendChild(el("div", who + " " + (s.cue || (s.kind === "direct" ? "said" : "reportedly said")) + ":", "meta"));
    li.appendChild(el("blockquote", s.kind === "direct" ? "\u201c" + s.text + "\u201d" : s.text));
    li.appendChild(el("div", docLine(s.doc, s.date), "meta"));
    return li;
  }
  function showNode(i) {
    const n = data.nodes[i];
    select(nodeEls[i]);
    details.replaceChildren();
    details.appendChild(el("h2", n.label));
    const docCount = n.doc_count === undefined || n.doc_count === null ? n.docs.length : n.doc_count;
    details.appendChild(el("div", n.kind + " · " + n.mentions + " mentions · " + docCount + " document(s)", "meta"));
    if (n.affiliation) {
      const p = el("div", "acts for ", "meta");
      const j = nodeById.get(n.affiliation);
      p.appendChild(j === undefined ? el("span", n.affiliation) : link(label(n.affiliation), () => showNode(j)));
      details.appendChild(p);
    }
    if (n.aliases.length) details.appendChild(el("div", "also: " + n.aliases.join(", "), "meta"));
    const by = data.statements.filter((s) => s.speaker === n.id);
    const about = data.statements.filter((s) => s.speaker !== n.id && s.about.includes(n.id));
    for (const [title, list] of [["Statements by", by], ["Statements about", about]]) {
      if (!list.length) continue;
      details.appendChild(el("h3", title + " (" + list.length + ")"));
      const ul = el("ul");
      list.forEach((s) => ul.appendChild(statementItem(s)));
      details.appendChild(ul);
    }
    const stances = data.stances.filter((t) => t.actor === n.id || t.issue === n.id);
    if (stances.length) {
      details.appendChild(el("h3", "Stances (" + stances.length + ")"));
      const ul = el("ul");
      stances.forEach((t) => ul.appendChild(stanceItem(t)));
      details.appendChild(ul);
    }
    const rels = [];
    data.groups.forEach((g, k) => { if (g.source === i || g.target === i) rels.push(k); });
    if (rels.length) {
      details.appendChild(el("h3", "Relations (" + rels.length + ")"));
      const ul = el("ul");
      for (const k of rels) {
        const g = data.groups[k];
        const li = el("li");
        const text = data.nodes[g.source].label + " " + g.label + " " + data.nodes[g.target].label +
          (g.mentions > 1 ? " \u00d7" + g.mentions : "");
        li.appendChild(link(text, () => showGroup(k)));
        ul.appendChild(li);
      }
      details.appendChild(ul);
    }
  }
  function stanceItem(t) {
    const li = el("li");
    let meta = label(t.actor) + " " + t.polarity + " " + label(t.issue) + " · " + t.basis;
    if (t.reported_by) meta += " (according to " + label(t.reported_by) + ")";
    li.appendChild(el("div", meta, "meta"));
    li.appendChild(el("blockquote", t.evidence.text));
    li.appendChild(el("div", docLine(t.doc, t.date), "meta"));
    return li;
  }
  function showStanceGroup(k) {
    const t = data.stance_groups[k];
    select(stanceEls[k]);
    details.replaceChildren();
    const head = el("h2");
    head.appendChild(link(data.nodes[t.actor].label, () => showNode(t.actor)));
    head.appendChild(el("span", " " + t.polarity + " "));
    head.appendChild(link(data.nodes[t.issue].label, () => showNode(t.issue)));
    details.appendChild(head);
    details.appendChild(el("div", "stance · " + t.stances.length + " time(s)", "meta"));
    details.appendChild(el("h3", "Evidence"));
    const ul = el("ul");
    t.stances.forEach((i) => ul.appendChild(stanceItem(data.stances[i])));
    details.appendChild(ul);
  }
  function showGroup(k) {
    const g = data.groups[k];
    select(edgeEls[k]);
    details.replaceChildren();
    const head = el("h2");
    head.appendChild(link(data.nodes[g.source].label, () => showNode(g.source)));
    head.appendChild(el("span", " " + g.label + " "));
    head.appendChild(link(data.nodes[g.target].label, () => showNode(g.target)));
    details.appendChild(head);
    details.appendChild(el("div", g.relation + " · CAMEO " + g.cameo + " · " + g.tone +
      " (mean Goldstein " + g.mean_goldstein + ") · " + g.mentions + " mention(s)", "meta"));
    // An aggregated edge is its first mention plus a few sample mentions (which
    // may repeat the first); a plain edge is one mention.
    const same = (a, b) => a.doc === b.doc && a.evidence.start === b.evidence.start &&
      a.evidence.end === b.evidence.end;
    const shown = [];
    for (const i of g.edges) {
      const e = data.edges[i];
      shown.push(e);
      if (e.aggregate) shown.push(...e.aggregate.samples.filter((s) => !same(s, e)));
    }
    const first = g.edges.map((i) => dateRange(data.edges[i])[0]).filter(Boolean).sort();
    const last = g.edges.map((i) => dateRange(data.edges[i])[1]).filter(Boolean).sort();
    if (shown.length < g.mentions && first.length) {
      details.appendChild(el("div", "from " + first[0] + " to " + last[last.length - 1] +
        " · evidence of " + shown.length + " of " + g.mentions + " mentions", "meta"));
    }
    details.appendChild(el("h3", "Evidence"));
    const ul = el("ul");
    for (const e of shown) {
      const li = el("li");
      let meta = docLine(e.doc, e.date) + " · " + e.modality;
      if (e.reported_by) meta += " by " + label(e.reported_by);
      li.appendChild(el("div", meta, "meta"));
      li.appendChild(el("blockquote", e.evidence.text));
      ul.appendChild(li);
    }
    details.appendChild(ul);
  }

  // ---- pan and zoom on the viewBox; a drag is not a click ----
  const box = svg.viewBox.baseVal;
  let drag = null;
  let moved = false;
  svg.addEventListener("pointerdown", (ev) => {
    drag = { x: ev.clientX, y: ev.clientY, bx: box.x, by: box.y };
    moved = false;
  });
  window.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const scale = box.width / svg.clientWidth;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) {
      moved = true;
      $("canvas").classList.add("panning");
    }
    box.x = drag.bx - dx * scale;
    box.y = drag.by - dy * scale;
  });
  window.addEventListener("pointerup", () => {
    drag = null;
    $("canvas").classList.remove("panning");
  });
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const factor = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
    const r = svg.getBoundingClientRect();
    const px = box.x + (ev.clientX - r.left) / r.width * box.width;
    const py = box.y + (ev.clientY - r.top) / r.height * box.height;
    box.x = px - (px - box.x) * factor;
    box.y = py - (py - box.y) * factor;
    box.width *= factor;
    box.height *= factor;
  }, { passive: false });

  nodeEls.forEach((e, i) => e.addEventListener("click", () => { if (!moved) showNode(i); }));
  edgeEls.forEach((e, k) => e.addEventListener("click", () => { if (!moved) showGroup(k); }));
  stanceEls.forEach((e, k) => e.addEventListener("click", () => { if (!moved) showStanceGroup(k); }));

  apply();
  // Deep links (`graph.html#node=lavrov`, `#edge=3`) open a detail view on load.
  const hash = decodeURIComponent(location.hash.slice(1));
  if (hash.startsWith("node=") && nodeById.has(hash.slice(5))) showNode(nodeById.get(hash.slice(5)));
  if (hash.startsWith("edge=") && data.groups[Number(hash.slice(5))]) showGroup(Number(hash.slice(5)));
  if (hash.startsWith("stance=") && data.stance_groups[Number(hash.slice(7))]) showStanceGroup(Number(hash.slice(7)));
  // For automated checks (headless browsers): what was drawn, and that the script ran.
  document.body.dataset.drawnNodes = String(nodeEls.length);
  document.body.dataset.drawnEdges = String(edgeEls.length);
  document.body.dataset.ready = "1";
})();
