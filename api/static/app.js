/* The web chat page: streams answers from /api/chat/stream into the conversation, keeps
   the conversation id in localStorage, lists earlier conversations, and wires the page. */
(function (global) {
  "use strict";

  var CONVERSATION_STORAGE = "tradebot.conversation";
  var md = global.TradeMarkdown;
  var dom = global.TradeDom;
  var el = dom.el;
  var make = dom.make;
  var toast = dom.toast;
  var http = global.TradeHttp;
  var request = http.request;
  var getJson = http.getJson;
  var errorMessage = http.errorMessage;
  var render = global.TradeAnswer;
  var library = global.TradeLibrary;
  var state = { conversationId: localStorage.getItem(CONVERSATION_STORAGE), busy: false };

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
        render.openCitation(article, cite.dataset.cite);
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
      reset: function () {
        text = "";
        body.innerHTML = "";
      },
      figures: function (data) {
        if (data.figures.length) article.appendChild(render.figures(data.figures));
      },
      citations: function (data) {
        if (data.citations.length) article.appendChild(render.citations(data.citations));
      },
      chart: function (data) {
        if (data.svg) render.placeChart(article, data.svg, data.chart);
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

  async function readEvents(response, handlers) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    for (;;) {
      var part = await reader.read();
      if (part.done) return;
      buffer += decoder.decode(part.value, { stream: true });
      var cut;
      while ((cut = buffer.indexOf("\n\n")) !== -1) {
        var event = parseEvent(buffer.slice(0, cut));
        buffer = buffer.slice(cut + 2);
        if (handlers[event.name]) handlers[event.name](event.data);
      }
    }
  }

  async function stream(question) {
    var article = addMessage("assistant");
    var handlers = streamHandlers(article);
    try {
      var response = await request("/api/chat/stream", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ message: question, conversation_id: state.conversationId })
      });
      if (response.status === 404 && state.conversationId) {
        setConversation(null);  /* deleted elsewhere: the next question starts a new one */
        markActiveConversation();
        handlers.error({ error: "This conversation is no longer on the server; ask again to start a new one." });
        return;
      }
      if (!response.ok) {
        handlers.error({ error: await errorMessage(response) });
        return;
      }
      await readEvents(response, handlers);
    } catch (error) {
      handlers.error({ error: "The answer could not be fetched: " + error.message });
    }
    if (!article.classList.contains("complete")) {
      handlers.error({ error: "The answer was cut off; please ask again." });
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
      render.fill(article, turn.answer);
      article.classList.add("complete");
    });
    markActiveConversation();
  }

  function markActiveConversation() {
    document.querySelectorAll("#conversation-list li").forEach(function (item) {
      item.classList.toggle("active", item.dataset.id === state.conversationId);
    });
  }

  function conversationItem(conversation) {
    var item = make("li", "conversation-item");
    item.dataset.id = conversation.id;
    var button = make("button", "conversation", conversation.title);
    button.type = "button";
    button.title = conversation.title;
    button.addEventListener("click", function () { openConversation(conversation.id); });
    item.appendChild(button);
    var remove = make("button", "icon-button conversation-remove", "✕");
    remove.type = "button";
    remove.setAttribute("aria-label", "Delete this conversation");
    remove.addEventListener("click", function () { deleteConversation(conversation.id); });
    item.appendChild(remove);
    return item;
  }

  async function deleteConversation(id) {
    var response = await request("/api/conversations/" + encodeURIComponent(id), { method: "DELETE" });
    if (!response.ok) toast(await errorMessage(response), true);
    if (id === state.conversationId) newConversation();
    loadConversations();
  }

  async function loadConversations() {
    var list = el("conversation-list");
    try {
      var data = await getJson("/api/conversations?limit=30");
      list.replaceChildren();
      data.conversations.forEach(function (conversation) {
        list.appendChild(conversationItem(conversation));
      });
      if (!data.conversations.length) list.appendChild(make("li", "muted", "No conversations yet."));
      markActiveConversation();
    } catch (error) {
      list.replaceChildren(make("li", "muted", error.message));
    }
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
    el("upload-input").addEventListener("change", function (event) { library.upload(event.target.files); });
    el("toggle-sidebar").addEventListener("click", function () {
      document.body.classList.toggle(window.innerWidth <= 760 ? "sidebar-shown" : "sidebar-hidden");
    });
    el("key-button").addEventListener("click", function () {
      http.askForKey().then(function (saved) {
        if (saved) { library.loadSources(); loadConversations(); library.loadExamples(); }
      });
    });
  }

  library.onExample(ask);
  wire();
  library.loadSources();
  loadConversations();
  library.loadExamples();
  if (state.conversationId) openConversation(state.conversationId);
  el("question").focus();
})(window);
