/* The web chat page: streams answers from /api/chat/stream, shows figures with their
   formulas and source rows, numbered citations that open to the quoted passage, charts,
   the ingested sources (with upload) and earlier conversations. No framework. */
(function () {
  "use strict";

  var KEY_STORAGE = "tradebot.apiKey";
  var CONVERSATION_STORAGE = "tradebot.conversation";
  var md = window.TradeMarkdown;
  var el = function (id) { return document.getElementById(id); };
  var state = { conversationId: localStorage.getItem(CONVERSATION_STORAGE), busy: false };

  var DEFAULT_EXAMPLES = [
    "How much did exports grow in the latest month?",
    "Which markets drove the surge in exports?",
    "Show the trend of total exports over the past year",
    "Is the 125% figure for exports to Singapore right?"
  ];

  /* ---------- small DOM helpers ---------- */

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function toast(message, isError) {
    var box = el("toast");
    box.textContent = message;
    box.className = "toast" + (isError ? " toast-error" : "");
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { box.hidden = true; }, isError ? 7000 : 3500);
  }

  /* ---------- HTTP with the optional API key ---------- */

  function headers(extra) {
    var result = Object.assign({}, extra || {});
    var key = localStorage.getItem(KEY_STORAGE);
    if (key) result.Authorization = "Bearer " + key;
    return result;
  }

  var pendingKey = null;

  function askForKey() {
    if (pendingKey) return pendingKey;
    pendingKey = new Promise(function (resolve) {
      var dialog = el("key-dialog");
      el("key-input").value = localStorage.getItem(KEY_STORAGE) || "";
      dialog.addEventListener("close", function onClose() {
        dialog.removeEventListener("close", onClose);
        if (dialog.returnValue === "save" && el("key-input").value.trim()) {
          localStorage.setItem(KEY_STORAGE, el("key-input").value.trim());
          resolve(true);
        } else {
          resolve(false);
        }
      });
      dialog.showModal();
    }).finally(function () { pendingKey = null; });
    return pendingKey;
  }

  async function request(path, options, retried) {
    var opts = Object.assign({}, options || {});
    opts.headers = headers(opts.headers);
    var response = await fetch(path, opts);
    if (response.status === 401 && !retried && (await askForKey())) {
      return request(path, options, true);
    }
    return response;
  }

  async function errorMessage(response) {
    try {
      var body = await response.json();
      return body.error || response.statusText;
    } catch (e) {
      return response.status + " " + response.statusText;
    }
  }

  async function getJson(path) {
    var response = await request(path);
    if (!response.ok) throw new Error(await errorMessage(response));
    return response.json();
  }

  /* ---------- rendering an answer ---------- */

  function renderFigures(figures) {
    var box = make("details", "figures");
    box.open = figures.length <= 3;
    var summary = make("summary", null, figures.length === 1 ? "1 figure, how it was computed"
      : figures.length + " figures, how they were computed");
    box.appendChild(summary);
    var grid = make("div", "figure-grid");
    figures.forEach(function (figure) {
      var card = make("div", "figure-card" + (figure.flag ? " flagged" : ""));
      card.appendChild(make("div", "figure-label", figure.label + (figure.period ? " · " + figure.period : "")));
      card.appendChild(make("div", "figure-value", figure.display));
      card.appendChild(make("code", "figure-formula", figure.formula));
      if (figure.sources && figure.sources.length) {
        var sources = make("div", "figure-sources", "Source: " + figure.sources.join("; "));
        sources.title = figure.sources.join("\n");
        card.appendChild(sources);
      }
      if (figure.flag) card.appendChild(make("div", "figure-flag", "⚠ " + figure.flag));
      if (figure.table_id) {
        var link = make("button", "link-button", "View table");
        link.type = "button";
        link.addEventListener("click", function () {
          showTable(figure.table_id, citedRows(figure.sources || []));
        });
        card.appendChild(link);
      }
      grid.appendChild(card);
    });
    box.appendChild(grid);
    return box;
  }

  function renderCitations(citations) {
    var box = make("div", "citations");
    box.appendChild(make("div", "citations-title", "Quoted passages"));
    citations.forEach(function (citation) {
      var item = make("details", "citation");
      item.dataset.cite = String(citation.id);
      var summary = make("summary");
      summary.appendChild(make("span", "cite-number", String(citation.id)));
      summary.appendChild(make("span", "cite-title", citation.title || citation.source));
      var meta = [citation.title ? citation.source : null, citation.date].filter(Boolean).join(" · ");
      if (meta) summary.appendChild(make("span", "cite-meta", meta));
      item.appendChild(summary);
      item.appendChild(make("blockquote", "cite-quote", citation.quote));
      if (citation.url && /^https?:\/\//i.test(citation.url)) {
        var link = make("a", "cite-link", citation.url);
        link.href = citation.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        item.appendChild(link);
      }
      box.appendChild(item);
    });
    return box;
  }

  function renderChart(svg, spec) {
    var figure = make("figure", "chart");
    var image = make("img");
    image.alt = (spec && spec.title) || "Chart";
    image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
    figure.appendChild(image);
    return figure;
  }

  /* The chart goes right under the answer's lead paragraph, where the eye is. */
  function placeChart(article, svg, spec) {
    var body = article.querySelector(".message-body");
    var chart = renderChart(svg, spec);
    var lead = body.firstElementChild;
    if (lead) lead.after(chart);
    else body.after(chart);
  }

  function openCitation(article, number) {
    var item = article.querySelector('.citation[data-cite="' + number + '"]');
    if (!item) return;
    item.open = true;
    item.classList.add("highlight");
    item.scrollIntoView({ behavior: "smooth", block: "nearest" });
    setTimeout(function () { item.classList.remove("highlight"); }, 1600);
  }

  function addMessage(role, text) {
    el("empty-state").hidden = true;
    var article = make("article", "message " + role);
    var body = make("div", "message-body");
    if (role === "user") body.textContent = text;
    article.appendChild(body);
    article.addEventListener("click", function (event) {
      var cite = event.target.closest && event.target.closest("a.cite");
      if (cite) {
        event.preventDefault();
        openCitation(article, cite.dataset.cite);
      }
    });
    el("messages").appendChild(article);
    scrollDown();
    return article;
  }

  function scrollDown() {
    var box = el("messages");
    box.scrollTop = box.scrollHeight;
  }

  function fillAnswer(article, answer) {
    var body = article.querySelector(".message-body");
    body.innerHTML = md.render(answer.answer || "");
    if (answer.chart_svg) placeChart(article, answer.chart_svg, answer.chart);
    if (answer.figures && answer.figures.length) article.appendChild(renderFigures(answer.figures));
    if (answer.citations && answer.citations.length) article.appendChild(renderCitations(answer.citations));
  }

  /* ---------- streaming ---------- */

  function parseEvent(chunk) {
    var name = "message";
    var data = [];
    chunk.split("\n").forEach(function (line) {
      if (line.indexOf("event:") === 0) name = line.slice(6).trim();
      else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
    });
    return { name: name, data: data.length ? JSON.parse(data.join("\n")) : null };
  }

  function streamHandlers(article) {
    var body = article.querySelector(".message-body");
    var text = "";
    var status = make("div", "status", "Thinking…");
    body.appendChild(status);
    return {
      status: function (data) { status.textContent = data.message; },
      delta: function (data) {
        text += data.text;
        body.innerHTML = md.render(text);
        body.classList.add("streaming");
        scrollDown();
      },
      figures: function (data) {
        if (data.figures.length) article.appendChild(renderFigures(data.figures));
      },
      citations: function (data) {
        if (data.citations.length) article.appendChild(renderCitations(data.citations));
      },
      chart: function (data) {
        if (data.svg) placeChart(article, data.svg, data.chart);
      },
      done: function (data) {
        body.classList.remove("streaming");
        if (!text) body.innerHTML = "";
        setConversation(data.conversation_id);
        article.classList.add("complete");
      },
      error: function (data) {
        body.classList.remove("streaming");
        body.innerHTML = "";
        body.appendChild(make("div", "error", data.error));
        article.classList.add("complete");
      }
    };
  }

  async function stream(question) {
    var article = addMessage("assistant");
    var handlers = streamHandlers(article);
    var response = await request("/api/chat/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ message: question, conversation_id: state.conversationId })
    });
    if (!response.ok) {
      handlers.error({ error: await errorMessage(response) });
      return;
    }
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    for (;;) {
      var part = await reader.read();
      if (part.done) break;
      buffer += decoder.decode(part.value, { stream: true });
      var cut;
      while ((cut = buffer.indexOf("\n\n")) !== -1) {
        var event = parseEvent(buffer.slice(0, cut));
        buffer = buffer.slice(cut + 2);
        if (handlers[event.name]) handlers[event.name](event.data);
      }
    }
    scrollDown();
  }

  async function ask(question) {
    question = question.trim();
    if (!question || state.busy) return;
    state.busy = true;
    el("send").disabled = true;
    addMessage("user", question);
    if (!state.conversationId) el("chat-title").textContent = question.slice(0, 80);
    try {
      await stream(question);
    } catch (error) {
      toast("The answer could not be fetched: " + error.message, true);
    } finally {
      state.busy = false;
      el("send").disabled = false;
      el("question").focus();
      loadConversations();
    }
  }

  /* ---------- conversations ---------- */

  function setConversation(id) {
    state.conversationId = id;
    if (id) localStorage.setItem(CONVERSATION_STORAGE, id);
    else localStorage.removeItem(CONVERSATION_STORAGE);
  }

  function clearMessages() {
    el("messages").querySelectorAll(".message").forEach(function (node) { node.remove(); });
    el("empty-state").hidden = false;
  }

  function newConversation() {
    setConversation(null);
    clearMessages();
    el("chat-title").textContent = "New conversation";
    el("question").focus();
    markActiveConversation();
  }

  async function openConversation(id) {
    var data;
    try {
      data = await getJson("/api/conversations/" + encodeURIComponent(id));
    } catch (error) {
      setConversation(null);
      return;
    }
    clearMessages();
    setConversation(id);
    data.turns.forEach(function (turn, index) {
      if (index === 0) el("chat-title").textContent = turn.question.slice(0, 80);
      addMessage("user", turn.question);
      var article = addMessage("assistant");
      fillAnswer(article, turn.answer);
      article.classList.add("complete");
    });
    markActiveConversation();
  }

  function markActiveConversation() {
    document.querySelectorAll("#conversation-list li").forEach(function (item) {
      item.classList.toggle("active", item.dataset.id === state.conversationId);
    });
  }

  async function loadConversations() {
    var list = el("conversation-list");
    try {
      var data = await getJson("/api/conversations?limit=30");
      list.replaceChildren();
      data.conversations.forEach(function (conversation) {
        var item = make("li");
        item.dataset.id = conversation.id;
        var button = make("button", "conversation", conversation.title);
        button.type = "button";
        button.title = conversation.title;
        button.addEventListener("click", function () { openConversation(conversation.id); });
        item.appendChild(button);
        list.appendChild(item);
      });
      if (!data.conversations.length) list.appendChild(make("li", "muted", "No conversations yet."));
      markActiveConversation();
    } catch (error) {
      list.replaceChildren(make("li", "muted", error.message));
    }
  }

  /* ---------- sources, tables and upload ---------- */

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
      var data = await getJson("/api/examples");
      if (data.questions && data.questions.length) questions = data.questions;
    } catch (error) { /* the defaults will do */ }
    var box = el("examples");
    box.replaceChildren();
    questions.forEach(function (question) {
      var button = make("button", "example", question);
      button.type = "button";
      button.addEventListener("click", function () { ask(question); });
      box.appendChild(button);
    });
  }

  /* ---------- wiring ---------- */

  function autosize() {
    var box = el("question");
    box.style.height = "auto";
    box.style.height = Math.min(box.scrollHeight, 220) + "px";
  }

  function wire() {
    el("composer").addEventListener("submit", function (event) {
      event.preventDefault();
      var question = el("question").value;
      el("question").value = "";
      autosize();
      ask(question);
    });
    el("question").addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        el("composer").requestSubmit();
      }
    });
    el("question").addEventListener("input", autosize);
    el("new-chat").addEventListener("click", newConversation);
    el("upload-input").addEventListener("change", function (event) { upload(event.target.files); });
    el("toggle-sidebar").addEventListener("click", function () {
      document.body.classList.toggle(window.innerWidth <= 760 ? "sidebar-shown" : "sidebar-hidden");
    });
    el("key-button").addEventListener("click", function () {
      askForKey().then(function (saved) {
        if (saved) { loadSources(); loadConversations(); loadExamples(); }
      });
    });
  }

  wire();
  loadSources();
  loadConversations();
  loadExamples();
  if (state.conversationId) openConversation(state.conversationId);
  el("question").focus();
})();
