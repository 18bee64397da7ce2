// cleaner review page. Every piece of document text reaches the page through textContent or
// createTextNode, never through HTML parsing. Offsets in the data are UTF-16 units.
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("cleaner-data").textContent);
  const DOCS = DATA.documents;
  const SECTION_UNITS = 4000; // text per lazily rendered section
  const LINE_UNITS = 45; // rough characters per rendered line, for placeholder heights
  const ACCEPTED = 1;
  const REJECTED = 0;

  // Edit fields (arrays keep the embedded data small).
  const START = 0, END = 1, AFTER = 2, RULE = 3, CONF = 4, REASON = 5, LINE = 6, COL = 7;

  const state = DOCS.map((doc) => new Uint8Array(doc.edits.length).fill(ACCEPTED));

  // Decisions survive a reload: kept in localStorage under a key naming the document and its
  // edits, so a report regenerated with other edits starts afresh.
  function storageKey(i) {
    const doc = DOCS[i];
    let sum = 0;
    for (const edit of doc.edits) sum = (sum * 31 + edit[START] * 7 + edit[END] + edit[AFTER].length) % 1000000007;
    return "cleaner-review:" + doc.name + ":" + doc.text.length + ":" + doc.edits.length + ":" + sum;
  }
  function save(i) {
    try {
      const rejected = [];
      state[i].forEach((v, k) => v === REJECTED && rejected.push(k));
      if (rejected.length) localStorage.setItem(storageKey(i), JSON.stringify(rejected));
      else localStorage.removeItem(storageKey(i));
    } catch (error) {
      /* storage disabled: decisions last as long as the page */
    }
  }
  DOCS.forEach((doc, i) => {
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey(i)) || "[]");
      for (const k of saved) if (Number.isInteger(k) && k >= 0 && k < doc.edits.length) state[i][k] = REJECTED;
    } catch (error) {
      /* nothing saved, or storage disabled */
    }
  });
  let current = { doc: -1, filtered: [], position: -1, sections: [], observer: null, rules: [] };

  // ---- helpers ------------------------------------------------------------------------
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = value;
      else if (key === "className") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  function rulesOf(edit) {
    return edit[RULE].split("+");
  }

  /** Invisible characters in a change made visible (the real text is kept for download). */
  function visible(text, inserted) {
    const out = document.createDocumentFragment();
    let plain = "";
    const blank = !/[^\s]/.test(text); // spaces are drawn as \u2423 only where nothing else changed
    const flush = () => {
      if (plain) out.append(plain);
      plain = "";
    };
    for (const ch of text) {
      let symbol = null;
      if (ch === "\n") symbol = "\u23ce";
      else if (blank && (ch === " " || ch === "\u3000" || ch === "\u00a0")) symbol = "\u2423";
      else if (ch === "\t") symbol = "\u21e5";
      else if (/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/.test(ch))
        symbol = "\u27e8U+" + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, "0") + "\u27e9";
      if (symbol === null) {
        plain += ch;
        continue;
      }
      flush();
      out.append(el("span", { className: "ws", text: symbol }));
      if (ch === "\n" && inserted) out.append("\n");
    }
    flush();
    return out;
  }

  function describe(edit) {
    return rulesOf(edit).join(" + ") + " (" + edit[CONF].toFixed(2) + "): " + edit[REASON];
  }

  // ---- layout -------------------------------------------------------------------------
  const totalEdits = DOCS.reduce((n, d) => n + d.edits.length, 0);
  const header = el("header", {}, [
    // A relative link to the folder report's index.html, never a URL from elsewhere.
    DATA.index_href && /^[\w.-]+\.html$/.test(DATA.index_href)
      ? el("a", { className: "back", href: DATA.index_href, text: "\u2190 all documents" })
      : "",
    el("h1", { text: "cleaner review" }),
    el("span", {
      className: "meta",
      text: DOCS.length + " document" + (DOCS.length === 1 ? "" : "s") + ", " + totalEdits + " changes \u00b7 " + DATA.generator,
    }),
    el("span", {
      className: "keys",
      text: "keys: j/n next \u00b7 k/p previous \u00b7 a accept \u00b7 r reject \u00b7 x toggle",
    }),
  ]);
  const indexBody = el("tbody");
  const index = el("nav", { id: "index", "aria-label": "documents" }, [
    el("h2", { text: "Documents" }),
    el("table", {}, [
      el("thead", {}, [el("tr", {}, [el("th", { text: "document" }), el("th", { text: "changes" })])]),
      indexBody,
    ]),
  ]);
  const docTitle = el("h2", { id: "doc-title" });
  const ruleBox = el("fieldset", { id: "rules" }, [el("legend", { text: "rules" })]);
  const confMin = el("input", { id: "conf-min", type: "number", min: "0", max: "1", step: "0.05", value: "0" });
  const confMax = el("input", { id: "conf-max", type: "number", min: "0", max: "1", step: "0.05", value: "1" });
  const status = el("span", { id: "status", role: "status" });
  const toolbar = el("div", { id: "toolbar" }, [
    ruleBox,
    el("fieldset", { id: "confidence" }, [
      el("legend", { text: "confidence" }),
      el("label", {}, ["from ", confMin]),
      el("label", {}, [" to ", confMax]),
    ]),
    el("div", { className: "actions" }, [
      el("button", { id: "prev", type: "button", text: "\u25c0 previous", onclick: () => step(-1) }),
      el("button", { id: "next", type: "button", text: "next \u25b6", onclick: () => step(1) }),
      el("button", { id: "accept-shown", type: "button", text: "accept shown", onclick: () => decideShown(ACCEPTED) }),
      el("button", { id: "reject-shown", type: "button", text: "reject shown", onclick: () => decideShown(REJECTED) }),
      el("button", { id: "download", type: "button", className: "primary", text: "download reviewed text", onclick: download }),
    ]),
    status,
  ]);
  const textView = el("div", { id: "text", className: "text", lang: "zh" });
  const inspector = el("div", { id: "inspector", "aria-live": "polite" });
  const main = el("main", {}, [el("div", { id: "sticky" }, [docTitle, toolbar]), textView, inspector]);
  document.body.append(header, el("div", { id: "layout" }, [index, main]));

  // ---- index --------------------------------------------------------------------------
  const indexRows = DOCS.map((doc, i) => {
    const counts = Object.entries(doc.counts)
      .map(([rule, n]) => rule + " " + n)
      .join(" \u00b7 ");
    const link = el("a", { href: "#doc-" + i, text: doc.name, onclick: (e) => { e.preventDefault(); openDoc(i); } });
    const row = el("tr", { "data-doc": String(i) }, [
      el("td", {}, [link, el("div", { className: "counts", text: counts || "no changes" })]),
      el("td", { className: "num" }),
    ]);
    indexBody.append(row);
    return row;
  });

  function refreshIndex(i) {
    const decided = state[i];
    const rejected = decided.length - decided.reduce((a, b) => a + b, 0);
    indexRows[i].lastChild.textContent = DOCS[i].edits.length + (rejected ? " (" + rejected + " rejected)" : "");
  }
  DOCS.forEach((_, i) => refreshIndex(i));

  // ---- document view ------------------------------------------------------------------
  function sectionsOf(doc) {
    const text = doc.text, edits = doc.edits, out = [];
    let start = 0, e = 0;
    while (start < text.length || out.length === 0) {
      let stop = text.length;
      let probe = start + SECTION_UNITS;
      while (probe < text.length) {
        const nl = text.indexOf("\n", probe);
        if (nl < 0) break;
        let boundary = nl + 1;
        let inside = false;
        for (let k = e; k < edits.length && edits[k][START] < boundary; k++) {
          if (edits[k][END] > boundary) {
            inside = true;
            probe = edits[k][END];
            break;
          }
        }
        if (!inside) {
          stop = boundary;
          break;
        }
      }
      const first = e;
      while (e < edits.length && (edits[e][START] < stop || stop === text.length)) e++;
      out.push({ start: start, stop: stop, first: first, last: e, node: null });
      start = stop;
      if (stop === text.length) break;
    }
    return out;
  }

  function renderSection(section) {
    if (section.rendered) return;
    section.rendered = true;
    const doc = DOCS[current.doc];
    const frag = document.createDocumentFragment();
    let cursor = section.start;
    for (let i = section.first; i < section.last; i++) {
      const edit = doc.edits[i];
      if (edit[START] > cursor) frag.append(doc.text.slice(cursor, edit[START]));
      const before = doc.text.slice(edit[START], edit[END]);
      const span = el("span", { className: "chg", "data-i": String(i), title: describe(edit) }, [
        el("del", {}, [visible(before, false)]),
        el("ins", {}, [visible(edit[AFTER], true)]),
      ]);
      if (!before) span.classList.add("insert");
      if (!edit[AFTER]) span.classList.add("delete");
      paint(span, i);
      frag.append(span);
      cursor = edit[END];
    }
    if (section.stop > cursor) frag.append(doc.text.slice(cursor, section.stop));
    section.node.textContent = "";
    section.node.style.minHeight = "";
    section.node.append(frag);
  }

  function paint(span, i) {
    const shown = matches(DOCS[current.doc].edits[i]);
    span.classList.toggle("rejected", state[current.doc][i] === REJECTED);
    span.classList.toggle("muted", !shown);
    span.tabIndex = shown ? 0 : -1;
  }

  function spanOf(i) {
    const section = current.sections.find((s) => i >= s.first && i < s.last);
    if (!section) return null;
    renderSection(section);
    return section.node.querySelector('.chg[data-i="' + i + '"]');
  }

  function openDoc(i) {
    if (current.observer) current.observer.disconnect();
    const doc = DOCS[i];
    current = { doc: i, filtered: [], position: -1, sections: sectionsOf(doc), observer: null, rules: [] };
    indexRows.forEach((row, k) => row.classList.toggle("selected", k === i));
    docTitle.textContent = doc.name + (doc.encoding ? " (" + doc.encoding + ")" : "");
    if (location.hash !== "#doc-" + i) history.replaceState(null, "", "#doc-" + i);
    // rule filters
    const counts = {};
    for (const edit of doc.edits) for (const rule of rulesOf(edit)) counts[rule] = (counts[rule] || 0) + 1;
    ruleBox.querySelectorAll("label").forEach((n) => n.remove());
    current.rules = Object.keys(counts).sort();
    for (const rule of current.rules) {
      const box = el("input", { type: "checkbox", value: rule, "data-rule": rule });
      box.checked = true;
      box.addEventListener("change", applyFilters);
      ruleBox.append(el("label", { className: "rule" }, [box, " " + rule + " ", el("span", { className: "n", text: String(counts[rule]) })]));
    }
    if (!current.rules.length) ruleBox.append(el("label", { text: "no changes" }));
    // sections, rendered as they come near the viewport
    textView.textContent = "";
    current.observer = new IntersectionObserver(
      (entries) => entries.forEach((entry) => entry.isIntersecting && renderSection(entry.target.section)),
      { rootMargin: "1500px 0px" }
    );
    for (const section of current.sections) {
      const chunk = doc.text.slice(section.start, section.stop);
      const lines = chunk.split("\n").reduce((n, line) => n + 1 + Math.floor(line.length / LINE_UNITS), 0);
      section.node = el("div", { className: "section" });
      section.node.section = section;
      section.node.style.minHeight = (lines * 1.9).toFixed(1) + "em";
      textView.append(section.node);
      current.observer.observe(section.node);
    }
    if (current.sections.length) renderSection(current.sections[0]);
    computeFiltered();
    showInspector(null);
    window.scrollTo(0, 0);
  }

  // ---- filters and decisions ----------------------------------------------------------
  function enabledRules() {
    return new Set([...ruleBox.querySelectorAll("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.value));
  }

  function matches(edit) {
    const rules = current.enabled || new Set(current.rules);
    const lo = parseFloat(confMin.value), hi = parseFloat(confMax.value);
    const conf = edit[CONF];
    if (!isNaN(lo) && conf < lo - 1e-9) return false;
    if (!isNaN(hi) && conf > hi + 1e-9) return false;
    return rulesOf(edit).some((r) => rules.has(r));
  }

  function computeFiltered() {
    const doc = DOCS[current.doc];
    current.filtered = [];
    doc.edits.forEach((edit, i) => matches(edit) && current.filtered.push(i));
    updateStatus();
  }

  function applyFilters() {
    current.enabled = enabledRules();
    computeFiltered();
    textView.querySelectorAll(".chg").forEach((span) => paint(span, +span.dataset.i));
    current.position = -1;
  }
  confMin.addEventListener("input", applyFilters);
  confMax.addEventListener("input", applyFilters);

  function updateStatus() {
    const decided = state[current.doc];
    const rejected = decided.length - decided.reduce((a, b) => a + b, 0);
    status.textContent =
      current.filtered.length + " of " + decided.length + " changes shown \u00b7 " + (decided.length - rejected) + " accepted \u00b7 " + rejected + " rejected";
    refreshIndex(current.doc);
  }

  function decide(i, value) {
    state[current.doc][i] = value;
    save(current.doc);
    const span = textView.querySelector('.chg[data-i="' + i + '"]');
    if (span) paint(span, i);
    updateStatus();
    showInspector(i);
  }

  function decideShown(value) {
    for (const i of current.filtered) state[current.doc][i] = value;
    save(current.doc);
    textView.querySelectorAll(".chg").forEach((span) => paint(span, +span.dataset.i));
    updateStatus();
  }

  // ---- navigation and the inspector ---------------------------------------------------
  function focusEdit(i) {
    const span = spanOf(i);
    if (!span) return;
    textView.querySelectorAll(".chg.current").forEach((n) => n.classList.remove("current"));
    span.classList.add("current");
    span.scrollIntoView({ block: "center" });
    span.focus({ preventScroll: true });
    showInspector(i);
  }

  function step(direction) {
    const list = current.filtered;
    if (!list.length) return;
    let position = current.position + direction;
    if (position < 0) position = list.length - 1;
    if (position >= list.length) position = 0;
    current.position = position;
    focusEdit(list[position]);
  }

  function showInspector(i) {
    inspector.textContent = "";
    if (i === null || i === undefined) {
      inspector.append(el("span", { className: "hint", text: "Hover or focus a change to see its rule and reason." }));
      return;
    }
    const doc = DOCS[current.doc];
    const edit = doc.edits[i];
    const accepted = state[current.doc][i] === ACCEPTED;
    inspector.dataset.i = String(i);
    inspector.append(
      el("span", { className: "where", text: "#" + (i + 1) + " \u00b7 line " + edit[LINE] + ", column " + edit[COL] }),
      el("span", { className: "rule-name", text: rulesOf(edit).join(" + ") }),
      el("span", { className: "conf", text: "confidence " + edit[CONF].toFixed(2) }),
      el("span", { className: "pair" }, [
        edit[END] > edit[START]
          ? el("del", {}, [visible(doc.text.slice(edit[START], edit[END]), false)])
          : el("span", { className: "nothing", text: "(nothing)" }),
        " \u2192 ",
        edit[AFTER] ? el("ins", {}, [visible(edit[AFTER], false)]) : el("span", { className: "nothing", text: "(nothing)" }),
      ]),
      el("span", { className: "reason", text: edit[REASON] }),
      el("button", {
        type: "button", className: "accept" + (accepted ? " on" : ""), text: "accept", "aria-pressed": String(accepted),
        onclick: () => decide(i, ACCEPTED),
      }),
      el("button", {
        type: "button", className: "reject" + (accepted ? "" : " on"), text: "reject", "aria-pressed": String(!accepted),
        onclick: () => decide(i, REJECTED),
      })
    );
  }

  textView.addEventListener("mouseover", (event) => {
    const span = event.target.closest(".chg");
    if (span && !span.classList.contains("muted")) showInspector(+span.dataset.i);
  });
  textView.addEventListener("focusin", (event) => {
    const span = event.target.closest(".chg");
    if (!span) return;
    const i = +span.dataset.i;
    const position = current.filtered.indexOf(i);
    if (position >= 0) current.position = position;
    textView.querySelectorAll(".chg.current").forEach((n) => n.classList.remove("current"));
    span.classList.add("current");
    showInspector(i);
  });
  textView.addEventListener("click", (event) => {
    const span = event.target.closest(".chg");
    if (span && !span.classList.contains("muted")) span.focus();
  });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Typing a number is not a command; a checkbox or a button keeps the keys working.
    if (event.target.matches && event.target.matches("input:not([type=checkbox]), textarea, select")) {
      if (event.key === "Escape") event.target.blur(); // back to the keys
      return;
    }
    const key = event.key;
    const focused = current.filtered[current.position];
    if (key === "j" || key === "n") step(1);
    else if (key === "k" || key === "p") step(-1);
    else if ((key === "a" || key === "r" || key === "x") && focused !== undefined) {
      const value = key === "a" ? ACCEPTED : key === "r" ? REJECTED : 1 - state[current.doc][focused];
      decide(focused, value);
    } else return;
    event.preventDefault();
  });

  // ---- download -----------------------------------------------------------------------
  function reviewedText(i) {
    const doc = DOCS[i];
    const pieces = [];
    let cursor = 0;
    doc.edits.forEach((edit, k) => {
      if (state[i][k] !== ACCEPTED) return;
      pieces.push(doc.text.slice(cursor, edit[START]), edit[AFTER]);
      cursor = edit[END];
    });
    pieces.push(doc.text.slice(cursor));
    return pieces.join("");
  }

  function download() {
    const doc = DOCS[current.doc];
    const base = doc.name.split(/[\\/]/).pop().replace(/\.[^.]*$/, "") || "document";
    const blob = new Blob([reviewedText(current.doc)], { type: "text/plain;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = el("a", { href: url, download: base + ".reviewed.txt" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // For tests and scripting: the decisions and the reviewed text, read-only.
  window.cleanerReview = Object.freeze({
    reviewedText: reviewedText,
    decisions: (i) => Array.from(state[i]),
  });

  if (!DOCS.length) {
    textView.textContent = "No documents.";
    return;
  }
  const wanted = /^#doc-(\d+)$/.exec(location.hash);
  openDoc(wanted && +wanted[1] < DOCS.length ? +wanted[1] : 0);
  window.addEventListener("hashchange", () => {
    const m = /^#doc-(\d+)$/.exec(location.hash);
    if (m && +m[1] < DOCS.length && +m[1] !== current.doc) openDoc(+m[1]);
  });
})();
