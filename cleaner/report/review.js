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

  // Edit and suggestion fields (arrays keep the embedded data small).
  const START = 0, END = 1, AFTER = 2, RULE = 3, CONF = 4, REASON = 5, LINE = 6, COL = 7;
  // Note fields: findings with no suggestion to accept (or one colliding with a change).
  const N_RULE = 0, N_MESSAGE = 1, N_CONF = 2, N_LINE = 3, N_COL = 4, N_START = 5, N_SUGGESTED = 7, N_WHOLE = 8;

  // A document's changes are its edits (indices 0..edits-1, applied unless rejected) then its
  // suggestions (the doubts with an edit to accept, off unless accepted); `order` lists them
  // by position, `rank` is where each index stands in it.
  for (const doc of DOCS) {
    doc.suggestions = doc.suggestions || [];
    doc.notes = doc.notes || [];
    doc.changes = doc.suggestions.length ? doc.edits.concat(doc.suggestions) : doc.edits;
    const changes = doc.changes;
    doc.order = changes.map((_, i) => i);
    if (doc.suggestions.length) doc.order.sort((a, b) => changes[a][START] - changes[b][START] || changes[a][END] - changes[b][END]);
    doc.rank = new Int32Array(changes.length);
    doc.order.forEach((i, position) => (doc.rank[i] = position));
  }
  function isSuggestion(doc, i) {
    return i >= doc.edits.length;
  }
  function byDefault(doc, i) {
    return isSuggestion(doc, i) ? REJECTED : ACCEPTED;
  }

  const state = DOCS.map((doc) => doc.changes.map((_, i) => byDefault(doc, i))).map((a) => Uint8Array.from(a));

  // Decisions survive a reload: kept in localStorage under a key naming the document and its
  // changes, so a report regenerated with other changes starts afresh. What is kept is the
  // list of changes decided against their default (rejected edits, accepted suggestions).
  function storageKey(i) {
    const doc = DOCS[i];
    const sumOf = (list) => {
      let sum = 0;
      for (const edit of list) sum = (sum * 31 + edit[START] * 7 + edit[END] + edit[AFTER].length) % 1000000007;
      return sum;
    };
    const suggested = doc.suggestions.length ? ":" + doc.suggestions.length + ":" + sumOf(doc.suggestions) : "";
    return "cleaner-review:" + doc.name + ":" + doc.text.length + ":" + doc.edits.length + ":" + sumOf(doc.edits) + suggested;
  }
  function save(i) {
    try {
      const flipped = [];
      state[i].forEach((v, k) => v !== byDefault(DOCS[i], k) && flipped.push(k));
      if (flipped.length) localStorage.setItem(storageKey(i), JSON.stringify(flipped));
      else localStorage.removeItem(storageKey(i));
    } catch (error) {
      /* storage disabled: decisions last as long as the page */
    }
  }
  DOCS.forEach((doc, i) => {
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey(i)) || "[]");
      for (const k of saved) if (Number.isInteger(k) && k >= 0 && k < doc.changes.length) state[i][k] = 1 - byDefault(doc, k);
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

  /**
   * Invisible characters in a change made visible (the real text is kept for download). In the
   * text (`inText`) each symbol is followed by the real character, which the style shows only
   * where the reviewed text has it (review.css, "the real characters"): a change's line break
   * must break the line when, and only when, the download will.
   */
  function visible(text, inText) {
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
      if (inText) out.append(el("span", { className: ch === "\n" ? "raw nl" : "raw", text: ch }));
    }
    flush();
    return out;
  }

  function describe(edit, suggestion) {
    return (suggestion ? "suggestion, " : "") + rulesOf(edit).join(" + ") + " (" + edit[CONF].toFixed(2) + "): " + edit[REASON];
  }

  /** How many of a document's edits are rejected and of its suggestions accepted. */
  function tally(i) {
    const doc = DOCS[i], decided = state[i];
    let rejected = 0, accepted = 0;
    for (let k = 0; k < decided.length; k++) {
      if (isSuggestion(doc, k)) accepted += decided[k] === ACCEPTED ? 1 : 0;
      else rejected += decided[k] === REJECTED ? 1 : 0;
    }
    return { rejected: rejected, accepted: accepted };
  }

  // ---- layout -------------------------------------------------------------------------
  const totalEdits = DOCS.reduce((n, d) => n + d.edits.length, 0);
  const totalDoubts = DOCS.reduce((n, d) => n + d.suggestions.length + d.notes.length, 0);
  const header = el("header", {}, [
    // A relative link to the folder report's index.html, never a URL from elsewhere.
    DATA.index_href && /^[\w.-]+\.html$/.test(DATA.index_href)
      ? el("a", { className: "back", href: DATA.index_href, text: "\u2190 all documents" })
      : "",
    el("h1", { text: "cleaner review" }),
    el("span", {
      className: "meta",
      text:
        DOCS.length + " document" + (DOCS.length === 1 ? "" : "s") + ", " + totalEdits + " changes, " + totalDoubts + " doubts \u00b7 " + DATA.generator,
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
      el("thead", {}, [
        el("tr", {}, [
          el("th", { text: "document" }),
          el("th", { text: "changes" }),
          el("th", { text: "doubts", title: "findings not applied: suggestions to accept, and notes" }),
        ]),
      ]),
      indexBody,
    ]),
  ]);
  const docTitle = el("h2", { id: "doc-title" });
  const ruleBox = el("fieldset", { id: "rules" }, [el("legend", { text: "rules" })]);
  const confMin = el("input", { id: "conf-min", type: "number", min: "0", max: "1", step: "0.05", value: "0" });
  const confMax = el("input", { id: "conf-max", type: "number", min: "0", max: "1", step: "0.05", value: "1" });
  const showChanges = el("input", { id: "show-changes", type: "checkbox" });
  const showSuggestions = el("input", { id: "show-suggestions", type: "checkbox" });
  showChanges.checked = showSuggestions.checked = true;
  const status = el("span", { id: "status", role: "status" });
  const doubtStatus = el("span", { id: "doubt-status" });
  const toolbar = el("div", { id: "toolbar" }, [
    el("fieldset", { id: "kinds" }, [
      el("legend", { text: "show" }),
      el("label", {}, [showChanges, " changes"]),
      el("label", { className: "suggestion-key" }, [showSuggestions, " suggestions"]),
    ]),
    ruleBox,
    el("fieldset", { id: "confidence" }, [
      el("legend", { text: "confidence" }),
      el("label", {}, ["from ", confMin]),
      el("label", {}, [" to ", confMax]),
    ]),
    el("div", { className: "actions" }, [
      el("button", { id: "prev", type: "button", text: "\u25c0 previous", onclick: () => step(-1) }),
      el("button", { id: "next", type: "button", text: "next \u25b6", onclick: () => step(1) }),
      // On the changes shown only: a doubt is accepted one at a time, never in bulk.
      el("button", {
        id: "accept-shown", type: "button", text: "accept shown", title: "accept the changes shown (not the suggestions)",
        onclick: () => decideShown(ACCEPTED),
      }),
      el("button", {
        id: "reject-shown", type: "button", text: "reject shown", title: "reject the changes shown (not the suggestions)",
        onclick: () => decideShown(REJECTED),
      }),
      el("button", { id: "download", type: "button", className: "primary", text: "download reviewed text", onclick: download }),
    ]),
    status,
    doubtStatus,
  ]);
  const notesView = el("details", { id: "notes" });
  const textView = el("div", { id: "text", className: "text", lang: "zh" });
  const inspector = el("div", { id: "inspector", "aria-live": "polite" });
  const main = el("main", {}, [el("div", { id: "sticky" }, [docTitle, toolbar]), notesView, textView, inspector]);
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
      el("td", { className: "num doubts" }),
    ]);
    indexBody.append(row);
    return row;
  });

  function refreshIndex(i) {
    const doc = DOCS[i], counted = tally(i);
    const cells = indexRows[i].children;
    cells[1].textContent = doc.edits.length + (counted.rejected ? " (" + counted.rejected + " rejected)" : "");
    cells[2].textContent = doc.suggestions.length + doc.notes.length + (counted.accepted ? " (" + counted.accepted + " accepted)" : "");
  }
  DOCS.forEach((_, i) => refreshIndex(i));

  // ---- document view ------------------------------------------------------------------
  function sectionsOf(doc) {
    // (over the changes in order of position: `first` and `last` are positions in doc.order)
    const text = doc.text, edits = doc.order.map((i) => doc.changes[i]), out = [];
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
    // Notes are marked where they start (before a change they fall inside), for the list to jump to.
    const notes = current.marks;
    let n = lowerBound(notes, section.start, (k) => doc.notes[k][N_START]);
    const mark = () => {
      const note = doc.notes[notes[n]];
      return el("span", { className: "note-mark", "data-n": String(notes[n++]), title: note[N_RULE] + ": " + note[N_MESSAGE] });
    };
    const marksBefore = (limit) => {
      while (n < notes.length && doc.notes[notes[n]][N_START] < limit) frag.append(mark());
    };
    const plain = (from, to) => {
      let cursor = from;
      while (n < notes.length && doc.notes[notes[n]][N_START] < to) {
        const at = Math.max(cursor, doc.notes[notes[n]][N_START]);
        if (at > cursor) frag.append(doc.text.slice(cursor, at));
        frag.append(mark());
        cursor = at;
      }
      if (to > cursor) frag.append(doc.text.slice(cursor, to));
    };
    let cursor = section.start;
    for (let position = section.first; position < section.last; position++) {
      const i = doc.order[position];
      const edit = doc.changes[i];
      plain(cursor, edit[START]);
      const before = doc.text.slice(edit[START], edit[END]);
      const suggestion = isSuggestion(doc, i);
      const span = el("span", { className: "chg", "data-i": String(i), title: describe(edit, suggestion) }, [
        el("del", {}, [visible(before, true)]),
        el("ins", {}, [visible(edit[AFTER], true)]),
      ]);
      if (suggestion) span.classList.add("suggestion");
      if (!before) span.classList.add("insert");
      if (!edit[AFTER]) span.classList.add("delete");
      paint(span, i);
      marksBefore(edit[END]); // the notes starting inside it
      frag.append(span);
      cursor = edit[END];
    }
    plain(cursor, section.stop);
    if (section.stop === doc.text.length) marksBefore(Infinity); // at the very end
    section.node.textContent = "";
    section.node.style.minHeight = "";
    section.node.append(frag);
  }

  /** The first position in `list` whose key is at least `value` (list sorted by key). */
  function lowerBound(list, value, key) {
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(list[mid]) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function paint(span, i) {
    const doc = DOCS[current.doc];
    const shown = matches(i);
    const on = state[current.doc][i] === ACCEPTED;
    const suggestion = isSuggestion(doc, i);
    span.classList.toggle("rejected", !on && !suggestion);
    span.classList.toggle("accepted", on && suggestion);
    span.classList.toggle("off", !on); // the original stays in the reviewed text
    span.classList.toggle("muted", !shown);
    span.tabIndex = shown ? 0 : -1;
  }

  function spanOf(i) {
    const position = DOCS[current.doc].rank[i];
    const section = current.sections.find((s) => position >= s.first && position < s.last);
    if (!section) return null;
    renderSection(section);
    return section.node.querySelector('.chg[data-i="' + i + '"]');
  }

  function openDoc(i) {
    if (current.observer) current.observer.disconnect();
    const doc = DOCS[i];
    current = { doc: i, filtered: [], position: -1, sections: sectionsOf(doc), observer: null, rules: [], marks: [] };
    indexRows.forEach((row, k) => row.classList.toggle("selected", k === i));
    docTitle.textContent = doc.name + (doc.encoding ? " (" + doc.encoding + ")" : "");
    if (location.hash !== "#doc-" + i) history.replaceState(null, "", "#doc-" + i);
    // rule filters: changes per rule, and the suggestions of the rule beside them
    const counts = {}, doubted = {};
    doc.changes.forEach((edit, k) => {
      const tallyOf = isSuggestion(doc, k) ? doubted : counts;
      for (const rule of rulesOf(edit)) tallyOf[rule] = (tallyOf[rule] || 0) + 1;
    });
    ruleBox.querySelectorAll("label").forEach((n) => n.remove());
    current.rules = [...new Set(Object.keys(counts).concat(Object.keys(doubted)))].sort();
    for (const rule of current.rules) {
      const box = el("input", { type: "checkbox", value: rule, "data-rule": rule });
      box.checked = true;
      box.addEventListener("change", applyFilters);
      ruleBox.append(
        el("label", { className: "rule" }, [
          box,
          " " + rule + " ",
          el("span", { className: "n", text: String(counts[rule] || 0) }),
          doubted[rule] ? el("span", { className: "dn", title: "suggestions", text: " +" + doubted[rule] + "?" }) : "",
        ])
      );
    }
    if (!current.rules.length) ruleBox.append(el("label", { text: "no changes" }));
    showNotes(doc);
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

  // ---- notes: the doubts with nothing to accept, listed above the text -------------------
  const NOTES_OPEN = 8; // a list this short starts open; a longer one (columns-stop on every paragraph) folded

  function showNotes(doc) {
    notesView.textContent = "";
    current.marks = [];
    doc.notes.forEach((note, k) => note[N_WHOLE] || current.marks.push(k));
    notesView.hidden = !doc.notes.length;
    if (!doc.notes.length) return;
    const rules = {};
    for (const note of doc.notes) rules[note[N_RULE]] = (rules[note[N_RULE]] || 0) + 1;
    const summary = Object.keys(rules)
      .sort()
      .map((rule) => rule + " " + rules[rule])
      .join(" \u00b7 ");
    notesView.open = doc.notes.length <= NOTES_OPEN;
    // The items are made when the list is first opened: a long document has thousands.
    const list = el("ol", {});
    const fill = () => notesView.open && !list.childElementCount && doc.notes.forEach((note, k) => {
      const where = note[N_WHOLE]
        ? el("span", { className: "where", text: "document" })
        : el("a", { className: "where", href: "#", text: note[N_LINE] + ":" + note[N_COL], onclick: (e) => { e.preventDefault(); jumpToNote(k); } });
      const suggested = note[N_SUGGESTED]
        ? el("span", { className: "suggested" }, [
            " suggests ",
            el("del", {}, [visible(note[N_SUGGESTED][0], false)]),
            " \u2192 ",
            el("ins", {}, [visible(note[N_SUGGESTED][1], false)]),
            " (it collides with a change or a surer suggestion)",
          ])
        : "";
      list.append(
        el("li", { "data-n": String(k) }, [
          where,
          el("span", { className: "rule-name", text: note[N_RULE] }),
          el("span", { className: "conf", text: note[N_CONF].toFixed(2) }),
          el("span", { className: "message", text: note[N_MESSAGE] }),
          suggested,
        ])
      );
    });
    notesView.ontoggle = fill;
    notesView.append(
      el("summary", {}, [
        el("strong", { text: doc.notes.length + " finding" + (doc.notes.length === 1 ? "" : "s") + " to check" }),
        el("span", { className: "counts", text: " (nothing to accept) \u00b7 " + summary }),
      ]),
      list
    );
    fill();
  }

  function jumpToNote(k) {
    const doc = DOCS[current.doc];
    const at = doc.notes[k][N_START];
    let section = current.sections.find((s) => at >= s.start && at < s.stop);
    if (!section) section = current.sections[current.sections.length - 1];
    renderSection(section);
    const node = section.node.querySelector('.note-mark[data-n="' + k + '"]');
    if (!node) return;
    textView.querySelectorAll(".note-mark.target").forEach((m) => m.classList.remove("target"));
    node.classList.add("target");
    node.scrollIntoView({ block: "center" });
  }

  // ---- filters and decisions ----------------------------------------------------------
  function enabledRules() {
    return new Set([...ruleBox.querySelectorAll("input[type=checkbox]")].filter((b) => b.checked).map((b) => b.value));
  }

  function matches(i) {
    const doc = DOCS[current.doc];
    const edit = doc.changes[i];
    if (!(isSuggestion(doc, i) ? showSuggestions : showChanges).checked) return false;
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
    for (const i of doc.order) if (matches(i)) current.filtered.push(i);
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
  showChanges.addEventListener("change", applyFilters);
  showSuggestions.addEventListener("change", applyFilters);

  function updateStatus() {
    const doc = DOCS[current.doc], counted = tally(current.doc);
    const edits = doc.edits.length, suggestions = doc.suggestions.length;
    const shownSuggestions = current.filtered.reduce((n, i) => n + (isSuggestion(doc, i) ? 1 : 0), 0);
    status.textContent =
      current.filtered.length - shownSuggestions + " of " + edits + " changes shown \u00b7 " + (edits - counted.rejected) +
      " accepted \u00b7 " + counted.rejected + " rejected";
    doubtStatus.textContent = suggestions
      ? shownSuggestions + " of " + suggestions + " suggestions shown \u00b7 " + counted.accepted + " accepted"
      : "";
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
    const doc = DOCS[current.doc];
    for (const i of current.filtered) if (!isSuggestion(doc, i)) state[current.doc][i] = value;
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
    const edit = doc.changes[i];
    const accepted = state[current.doc][i] === ACCEPTED;
    const suggestion = isSuggestion(doc, i);
    const number = suggestion ? "suggestion " + (i - doc.edits.length + 1) : "#" + (i + 1);
    inspector.dataset.i = String(i);
    inspector.append(
      suggestion
        ? el("span", { className: "kind", text: accepted ? "doubt, accepted" : "doubt: not applied unless accepted" })
        : "",
      el("span", { className: "where", text: number + " \u00b7 line " + edit[LINE] + ", column " + edit[COL] }),
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
        type: "button", className: "reject" + (accepted ? "" : " on"), text: suggestion ? "keep original" : "reject",
        "aria-pressed": String(!accepted),
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
    for (const k of doc.order) {
      if (state[i][k] !== ACCEPTED) continue;
      const edit = doc.changes[k];
      pieces.push(doc.text.slice(cursor, edit[START]), edit[AFTER]);
      cursor = edit[END];
    }
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

  // For tests and scripting: the decisions (on the edits, and on the suggestions: 1 accepted,
  // 0 not) and the reviewed text, read-only.
  window.cleanerReview = Object.freeze({
    reviewedText: reviewedText,
    decisions: (i) => Array.from(state[i].subarray(0, DOCS[i].edits.length)),
    suggestionDecisions: (i) => Array.from(state[i].subarray(DOCS[i].edits.length)),
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
