/* Rendering an answer: Markdown text, chart, figures with formulas and source rows, and
   the quoted passages that the numbered references [n] open. The answer text names only
   a figure's file and rows; the figure card shows them too, with the row's own
   attributes (source columns, notes) under "Details". */
(function (global) {
  "use strict";

  var md = global.TradeMarkdown;
  var make = global.TradeDom.make;

  /* "t/x.csv rows 16, 28 (source_kind: news; source_file: a.txt; b.txt)" ->
     {short: "x.csv, rows 16, 28", details: ["source_kind: news", "source_file: a.txt; b.txt"]} */
  function splitSource(source) {
    var match = String(source).match(/^(.*?) (rows? \d+(?:, \d+)*)(?: \((.*)\))?$/);
    if (!match) return { short: source, details: [] };
    var file = match[1].split("/").pop();
    var details = match[3] ? match[3].split(/; (?=[\w ]+: )/) : [];
    return { short: file + ", " + match[2], details: details };
  }

  function renderSources(card, sources) {
    var parts = sources.map(splitSource);
    var line = make("div", "figure-sources", "Source: " + parts.map(function (p) { return p.short; }).join("; "));
    line.title = sources.join("\n");
    card.appendChild(line);
    var details = [];
    parts.forEach(function (p) { details = details.concat(p.details); });
    if (!details.length) return;
    var box = make("details", "figure-details");
    box.appendChild(make("summary", null, "Details"));
    var list = make("ul");
    details.forEach(function (detail) { list.appendChild(make("li", null, detail)); });
    box.appendChild(list);
    card.appendChild(box);
  }

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
      if (figure.sources && figure.sources.length) renderSources(card, figure.sources);
      if (figure.flag) card.appendChild(make("div", "figure-flag", "⚠ " + figure.flag));
      if (figure.table_id) {
        var link = make("button", "link-button", "View table");
        link.type = "button";
        link.addEventListener("click", function () {
          var library = global.TradeLibrary;
          library.showTable(figure.table_id, library.citedRows(figure.sources || []));
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

  function fillAnswer(article, answer) {
    var body = article.querySelector(".message-body");
    body.innerHTML = md.render(answer.answer || "");
    if (answer.chart_svg) placeChart(article, answer.chart_svg, answer.chart);
    if (answer.figures && answer.figures.length) article.appendChild(renderFigures(answer.figures));
    if (answer.citations && answer.citations.length) article.appendChild(renderCitations(answer.citations));
  }

  global.TradeAnswer = {
    fill: fillAnswer,
    figures: renderFigures,
    splitSource: splitSource,
    citations: renderCitations,
    placeChart: placeChart,
    openCitation: openCitation
  };
})(window);
