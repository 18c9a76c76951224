/* The library: ingested sources (with upload and removal), a table's card and rows, and
   the example questions of the empty state. */
(function (global) {
  "use strict";

  var dom = global.TradeDom;
  var el = dom.el;
  var make = dom.make;
  var toast = dom.toast;
  var http = global.TradeHttp;
  var request = http.request;
  var getJson = http.getJson;
  var errorMessage = http.errorMessage;
  var onExample = function () {};

  var DEFAULT_EXAMPLES = [
    "How much did exports grow in the latest month?",
    "Which markets drove the change in exports?",
    "Show the trend of total exports over the last 12 months",
    "What was the trade balance last year?"
  ];

  function sourceItem(source) {
    var item = make("li", "source " + source.kind);
    var icon = make("span", "source-icon", source.kind === "table" ? "▦" : "¶");
    icon.setAttribute("aria-hidden", "true");
    item.appendChild(icon);
    var name = make("button", "source-name", source.title || source.name);
    name.type = "button";
    name.title = source.path;
    if (source.tables && source.tables.length) {
      name.addEventListener("click", function () { showTable(source.tables[0]); });
    } else {
      name.disabled = true;
    }
    item.appendChild(name);
    var remove = make("button", "icon-button source-remove", "✕");
    remove.type = "button";
    remove.setAttribute("aria-label", "Remove " + source.name);
    remove.addEventListener("click", function () { removeSource(source); });
    item.appendChild(remove);
    return item;
  }

  async function loadSources() {
    var list = el("source-list");
    try {
      var data = await getJson("/api/sources");
      list.replaceChildren();
      data.sources.forEach(function (source) { list.appendChild(sourceItem(source)); });
      if (!data.sources.length) list.appendChild(make("li", "muted", "Nothing ingested yet. Upload articles or tables."));
    } catch (error) {
      list.replaceChildren(make("li", "muted", error.message));
    }
  }

  async function removeSource(source) {
    if (!window.confirm("Remove " + source.name + " from the store?")) return;
    var response = await request("/api/sources/" + encodeURIComponent(source.id), { method: "DELETE" });
    if (!response.ok) toast(await errorMessage(response), true);
    else toast("Removed " + source.name);
    loadSources();
    loadExamples();
  }

  async function upload(files) {
    if (!files.length) return;
    var form = new FormData();
    Array.prototype.forEach.call(files, function (file) { form.append("files", file); });
    var label = el("upload-button");
    label.classList.add("busy");
    label.textContent = "Uploading…";
    try {
      var response = await request("/api/ingest", { method: "POST", body: form });
      if (!response.ok) {
        toast(await errorMessage(response), true);
      } else {
        var data = await response.json();
        var parts = [];
        if (data.passages) parts.push(data.passages + (data.passages === 1 ? " passage" : " passages"));
        if (data.tables) parts.push(data.tables + (data.tables === 1 ? " table" : " tables"));
        if (data.unchanged) parts.push("unchanged");
        toast("Ingested " + data.files.join(", ") + (parts.length ? ": " + parts.join(", ") : ""));
      }
    } catch (error) {
      toast("Upload failed: " + error.message, true);
    } finally {
      label.classList.remove("busy");
      label.textContent = "Upload";
      el("upload-input").value = "";
      loadSources();
      loadExamples();
    }
  }

  function tableElement(columns, rows) {
    var wrap = make("div", "table-wrap");
    var table = make("table");
    var head = make("tr");
    columns.forEach(function (column) { head.appendChild(make("th", null, column)); });
    table.appendChild(make("thead")).appendChild(head);
    var body = table.appendChild(make("tbody"));
    rows.forEach(function (row) {
      var line = make("tr");
      columns.forEach(function (column) {
        var value = row[column];
        line.appendChild(make("td", typeof value === "number" ? "num" : null,
          value === null || value === undefined ? "–" : String(value)));
      });
      body.appendChild(line);
    });
    wrap.appendChild(table);
    return wrap;
  }

  /* The source rows a figure names ("file.csv rows 16, 26"), as "16,26". */
  function citedRows(sources) {
    var rows = [];
    sources.forEach(function (source) {
      var match = source.match(/\brows? ([\d, ]+)/);
      if (match) rows = rows.concat(match[1].split(",").map(function (r) { return r.trim(); }).filter(Boolean));
    });
    return rows.join(",");
  }

  async function showTable(tableId, rows) {
    try {
      var query = rows ? "?rows=" + encodeURIComponent(rows) : "";
      var data = await getJson("/api/tables/" + encodeURIComponent(tableId) + query);
      el("table-title").textContent = data.card.title;
      var body = el("table-body");
      body.replaceChildren();
      var facts = [data.card.source, rows ? null : data.total_rows + " values",
        data.card.periods.length ? data.card.periods[0] + " to " + data.card.periods[data.card.periods.length - 1] : null]
        .filter(Boolean).join(" · ");
      body.appendChild(make("p", "muted table-facts", facts));
      if (rows) {
        var note = make("p", "cited-rows", "Showing the source rows this figure comes from: " + rows.split(",").join(", ") + ". ");
        var all = make("button", "link-button", "Show the whole table");
        all.type = "button";
        all.addEventListener("click", function () { showTable(tableId); });
        note.appendChild(all);
        body.appendChild(note);
      }
      var measures = make("ul", "measures");
      data.card.measures.forEach(function (m) {
        measures.appendChild(make("li", null, m.label + (m.unit ? " (" + m.unit + ")" : "")));
      });
      body.appendChild(measures);
      body.appendChild(tableElement(data.columns, data.rows));
      if (data.rows.length < data.total_rows) {
        body.appendChild(make("p", "muted", "First " + data.rows.length + " of " + data.total_rows + " values."));
      }
      if (!el("table-dialog").open) el("table-dialog").showModal();
    } catch (error) {
      toast(error.message, true);
    }
  }

  /* ---------- examples ---------- */

  async function loadExamples() {
    var questions = DEFAULT_EXAMPLES;
    try {
      questions = (await getJson("/api/examples")).questions || [];
    } catch (error) { /* generic questions will do */ }
    var box = el("examples");
    box.replaceChildren();
    if (!questions.length) {
      box.appendChild(make("p", "examples-empty",
        "No tables yet. Upload statistical tables (CSV or Excel) and articles with the Upload button, then ask."));
    }
    questions.forEach(function (question) {
      var button = make("button", "example", question);
      button.type = "button";
      button.addEventListener("click", function () { onExample(question); });
      box.appendChild(button);
    });
  }

  global.TradeLibrary = {
    citedRows: citedRows,
    loadExamples: loadExamples,
    loadSources: loadSources,
    onExample: function (callback) { onExample = callback; },
    showTable: showTable,
    upload: upload
  };
})(window);
