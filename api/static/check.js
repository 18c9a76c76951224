/* "Check an article": paste or upload an article, POST it to /api/check, and show the
   report in the conversation area: counts per verdict, then every claim in document
   order with the table figure, its formula and source rows, and the note. The report
   downloads as Markdown, CSV or JSON. */
(function (global) {
  "use strict";

  var dom = global.TradeDom;
  var el = dom.el;
  var make = dom.make;
  var http = global.TradeHttp;
  var LABELS = {
    supported: "Supported",
    contradicted: "Contradicted",
    no_data: "No data",
    ambiguous: "Ambiguous"
  };

  function open() {
    el("check-dialog").showModal();
    el("check-text").focus();
  }

  async function submit(event) {
    event.preventDefault();
    var file = el("check-file").files[0];
    var date = el("check-date").value;
    var options = { method: "POST" };
    if (file) {
      var form = new FormData();
      form.append("file", file);
      if (date) form.append("date", date);
      options.body = form;
    } else {
      var text = el("check-text").value;
      if (!text.trim()) {
        dom.toast("Paste an article or choose a file first.", true);
        return;
      }
      options.headers = { "Content-Type": "application/json" };
      options.body = JSON.stringify({ text: text, date: date || null });
    }
    el("check-submit").disabled = true;
    try {
      var response = await http.request("/api/check", options);
      if (!response.ok) throw new Error(await http.errorMessage(response));
      var report = await response.json();
      el("check-dialog").close();
      el("check-form").reset();
      show(report);
    } catch (error) {
      dom.toast(error.message, true);
    } finally {
      el("check-submit").disabled = false;
    }
  }

  function show(report) {
    el("empty-state").hidden = true;
    var article = make("article", "message assistant check-report");
    article.appendChild(make("h2", "check-title", "Figures checked" + (report.title ? ": " + report.title : "")));
    article.appendChild(summary(report.summary));
    article.appendChild(claims(report.claims));
    article.appendChild(downloads(report));
    el("messages").appendChild(article);
    article.scrollIntoView({ block: "start" });
  }

  function summary(counts) {
    var list = make("ul", "check-summary");
    Object.keys(LABELS).forEach(function (verdict) {
      var item = make("li", "verdict verdict-" + verdict);
      item.textContent = LABELS[verdict] + ": " + counts[verdict];
      list.appendChild(item);
    });
    return list;
  }

  function claims(items) {
    var table = make("table", "check-claims");
    var head = make("thead");
    var row = make("tr");
    ["#", "Claim", "Verdict", "Table figure", "Note"].forEach(function (name) {
      row.appendChild(make("th", null, name));
    });
    head.appendChild(row);
    table.appendChild(head);
    var body = make("tbody");
    items.forEach(function (claim, index) {
      var tr = make("tr", "claim claim-" + claim.verdict);
      tr.appendChild(make("td", null, String(index + 1)));
      var text = make("td", "claim-text", claim.text);
      text.title = claim.sentence;
      tr.appendChild(text);
      tr.appendChild(make("td", null)).appendChild(
        make("span", "verdict verdict-" + claim.verdict, LABELS[claim.verdict]));
      tr.appendChild(figure(claim.figure));
      tr.appendChild(make("td", "claim-note", claim.note));
      body.appendChild(tr);
    });
    table.appendChild(body);
    return table;
  }

  function figure(fig) {
    var cell = make("td", "claim-figure");
    if (!fig) return cell;
    var details = make("details");
    details.appendChild(make("summary", null, fig.display));
    details.appendChild(make("div", "figure-formula", fig.formula));
    details.appendChild(make("div", "figure-sources", fig.sources.join("; ")));
    cell.appendChild(details);
    return cell;
  }

  function downloads(report) {
    var bar = make("div", "check-downloads");
    var json = JSON.stringify({ claims: report.claims, summary: report.summary }, null, 2);
    [["Markdown", report.markdown, "text/markdown", "md"],
     ["CSV", report.csv, "text/csv", "csv"],
     ["JSON", json, "application/json", "json"]].forEach(function (kind) {
      var link = make("a", "button button-small", "Download " + kind[0]);
      link.href = URL.createObjectURL(new Blob([kind[1]], { type: kind[2] }));
      link.download = "figures-checked." + kind[3];
      bar.appendChild(link);
    });
    return bar;
  }

  document.addEventListener("DOMContentLoaded", function () {
    el("check-button").addEventListener("click", open);
    el("check-form").addEventListener("submit", submit);
  });

  global.TradeCheck = { show: show };
})(window);
