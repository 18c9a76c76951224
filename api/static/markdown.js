/* A tiny, safe Markdown renderer: HTML is escaped first, then a small Markdown subset
   is turned into tags: headings, paragraphs, bold, italics, inline and fenced code,
   lists, blockquotes, tables, rules, links (http, https and mailto only) and numbered
   citation references like [1]. Nothing from the text can open a tag of its own, and a
   blockquote (a quoted passage) is inert text: no link or other markup inside it. */
(function (global) {
  "use strict";

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");
  }

  var SAFE_URL = /^(https?:\/\/|mailto:)/i;

  function inline(raw) {
    var codes = [];
    var text = escapeHtml(raw).replace(/`([^`]+)`/g, function (_, code) {
      codes.push(code);
      return "\u0000" + (codes.length - 1) + "\u0000";
    });
    text = text
      .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, function (whole, label, url) {
        if (!SAFE_URL.test(url)) return whole;
        return '<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + label + "</a>";
      })
      .replace(/&lt;((?:https?:\/\/|mailto:)[^\s&]+)&gt;/gi, function (_, url) {
        return '<a href="' + url + '" target="_blank" rel="noopener noreferrer">' + url + "</a>";
      })
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
      .replace(/__([^_]+)__/g, "<strong>$1</strong>")
      .replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:!?]|$)/g, "$1<em>$2</em>")
      .replace(/(^|[\s(])_([^_\s][^_]*)_(?=[\s).,;:!?]|$)/g, "$1<em>$2</em>")
      .replace(/\[(\d{1,3})\](?!\()/g, '<a href="#" class="cite" data-cite="$1">[$1]</a>');
    return text.replace(/\u0000(\d+)\u0000/g, function (_, i) {
      return "<code>" + codes[Number(i)] + "</code>";
    });
  }

  var TRAILING_CITE = /\s\[(\d{1,3})\]$/;

  /* A quoted passage is someone else's text: shown as written, never as markup. No link,
     emphasis or list inside it is rendered; only the answer's own reference [n] that
     ends the quote stays a reference. */
  function quoted(lines) {
    var last = lines.length - 1;
    var cite = "";
    var found = lines[last].match(TRAILING_CITE);
    if (found) {
      lines = lines.slice(0, last).concat([lines[last].slice(0, found.index)]);
      cite = ' <a href="#" class="cite" data-cite="' + found[1] + '">[' + found[1] + "]</a>";
    }
    var text = lines.filter(function (l) { return l.trim(); }).map(escapeHtml);
    return "<p>" + text.join("<br>") + cite + "</p>";
  }

  function splitRow(line) {
    var trimmed = line.trim().replace(/^\|/, "").replace(/\|$/, "");
    return trimmed.split("|").map(function (cell) { return cell.trim(); });
  }

  function isTableSeparator(line) {
    return /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);
  }

  function renderTable(lines) {
    var head = splitRow(lines[0]);
    var aligns = splitRow(lines[1]).map(function (cell) {
      if (/^:-+:$/.test(cell)) return "center";
      if (/-:$/.test(cell)) return "right";
      return "";
    });
    function cells(row, tag) {
      return row.map(function (cell, i) {
        var align = aligns[i] ? ' class="align-' + aligns[i] + '"' : "";
        return "<" + tag + align + ">" + inline(cell) + "</" + tag + ">";
      }).join("");
    }
    var body = lines.slice(2).map(function (line) {
      return "<tr>" + cells(splitRow(line), "td") + "</tr>";
    }).join("");
    return '<div class="table-wrap"><table><thead><tr>' + cells(head, "th") +
      "</tr></thead><tbody>" + body + "</tbody></table></div>";
  }

  function renderList(lines, ordered) {
    var tag = ordered ? "ol" : "ul";
    var items = [];
    lines.forEach(function (line) {
      var match = line.match(/^\s*(?:[-*+]|\d+[.)])\s+(.*)$/);
      if (match) items.push(match[1]);
      else if (items.length) items[items.length - 1] += " " + line.trim();
    });
    return "<" + tag + ">" + items.map(function (item) {
      return "<li>" + inline(item) + "</li>";
    }).join("") + "</" + tag + ">";
  }

  var BULLET = /^\s*[-*+]\s+/;
  var NUMBERED = /^\s*\d+[.)]\s+/;

  function takeWhile(lines, start, test) {
    var end = start;
    while (end < lines.length && test(lines[end])) end += 1;
    return end;
  }

  function block(lines, i, out) {
    var line = lines[i];
    var fence = line.match(/^\s*```/);
    if (fence) {
      var end = takeWhile(lines, i + 1, function (l) { return !/^\s*```/.test(l); });
      out.push("<pre><code>" + escapeHtml(lines.slice(i + 1, end).join("\n")) + "</code></pre>");
      return end + 1;
    }
    var heading = line.match(/^\s*(#{1,6})\s+(.*?)\s*#*\s*$/);
    if (heading) {
      var level = Math.min(heading[1].length + 2, 6);
      out.push("<h" + level + ">" + inline(heading[2]) + "</h" + level + ">");
      return i + 1;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      out.push("<hr>");
      return i + 1;
    }
    if (/^\s*>/.test(line)) {
      var stop = takeWhile(lines, i, function (l) { return /^\s*>/.test(l); });
      var inner = lines.slice(i, stop).map(function (l) { return l.replace(/^\s*>\s?/, ""); });
      out.push("<blockquote>" + quoted(inner) + "</blockquote>");
      return stop;
    }
    if (line.indexOf("|") !== -1 && i + 1 < lines.length && isTableSeparator(lines[i + 1])) {
      var last = takeWhile(lines, i + 2, function (l) { return l.indexOf("|") !== -1 && l.trim(); });
      out.push(renderTable(lines.slice(i, last)));
      return last;
    }
    if (BULLET.test(line) || NUMBERED.test(line)) {
      var ordered = NUMBERED.test(line);
      var marker = ordered ? NUMBERED : BULLET;
      var listEnd = takeWhile(lines, i, function (l) {
        return marker.test(l) || (/^\s{2,}\S/.test(l) && !BULLET.test(l) && !NUMBERED.test(l));
      });
      out.push(renderList(lines.slice(i, listEnd), ordered));
      return listEnd;
    }
    var paraEnd = takeWhile(lines, i, function (l) {
      return l.trim() && !/^\s*(#{1,6}\s|>|```)/.test(l) && !BULLET.test(l) && !NUMBERED.test(l);
    });
    paraEnd = Math.max(paraEnd, i + 1);
    out.push("<p>" + lines.slice(i, paraEnd).map(inline).join("<br>") + "</p>");
    return paraEnd;
  }

  function render(markdown) {
    var lines = String(markdown || "").replace(/\r\n?/g, "\n").split("\n");
    var out = [];
    var i = 0;
    while (i < lines.length) {
      if (!lines[i].trim()) { i += 1; continue; }
      i = block(lines, i, out);
    }
    return out.join("\n");
  }

  global.TradeMarkdown = { render: render, escapeHtml: escapeHtml, inline: inline };
})(window);
