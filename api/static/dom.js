/* Small DOM helpers shared by the page's scripts. */
(function (global) {
  "use strict";

  function el(id) { return document.getElementById(id); }

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

  global.TradeDom = { el: el, make: make, toast: toast };
})(window);
