/* HTTP for the page: every request carries the header X-Tradebot-Request (the server
   refuses requests that change state without it: a page on another site cannot send it)
   and the API key kept in localStorage; a 401 asks for the key (once, however many
   requests were refused) and retries. */
(function (global) {
  "use strict";

  var KEY_STORAGE = "tradebot.apiKey";
  var el = global.TradeDom.el;

  function headers(extra) {
    var result = Object.assign({"X-Tradebot-Request": "1"}, extra || {});
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

  global.TradeHttp = {
    KEY_STORAGE: KEY_STORAGE,
    askForKey: askForKey,
    errorMessage: errorMessage,
    getJson: getJson,
    request: request
  };
})(window);
