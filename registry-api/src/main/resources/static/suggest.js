// Suggestions for the search box as one types: the box becomes an ARIA combobox with a listbox of
// completions from /api/v1/search/suggest. Up and Down move through them, Enter opens the one chosen,
// Escape closes the list. Without this script the box is a plain search field and the form still submits.
(function () {
  "use strict";
  var input = document.querySelector("input[data-suggest]");
  if (!input || !window.fetch) { return; }
  var list = document.createElement("ul");
  var status = document.createElement("p");
  var options = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  list.id = input.id + "-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.dataset.suggestionsLabel);
  list.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  input.parentNode.appendChild(list);
  input.parentNode.appendChild(status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-describedby", "q-hint");

  function href(item) {
    switch (item.kind) {
      case "project": return "/projects/" + encodeURIComponent(item.id);
      case "person": return "/people/" + encodeURIComponent(item.id);
      case "centre": return "/centres/" + encodeURIComponent(item.id);
      case "institution": return "/?institution=" + encodeURIComponent(item.id);
      default: return "/?discipline=" + encodeURIComponent(item.id);
    }
  }

  function label(item) {
    var chinese = input.dataset.lang === "zh";
    var first = chinese && item.labelZh ? item.labelZh : item.label;
    var second = item.labelZh && item.labelZh !== item.label ? (chinese ? item.label : item.labelZh) : "";
    return second ? first + " · " + second : first;
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function show(items) {
    list.textContent = "";
    options = items.map(function (item, index) {
      var option = document.createElement("li");
      option.id = list.id + "-" + index;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.href = href(item);
      option.textContent = label(item);
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
        window.location.href = option.dataset.href;
      });
      list.appendChild(option);
      return option;
    });
    active = -1;
    list.hidden = options.length === 0;
    input.setAttribute("aria-expanded", String(options.length > 0));
    status.textContent = input.dataset.count.replace("{0}", String(options.length));
  }

  function move(step) {
    if (options.length === 0) { return; }
    if (active >= 0) { options[active].setAttribute("aria-selected", "false"); }
    active = (active + step + options.length) % options.length;
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function ask() {
    var text = input.value.trim();
    var asked = ++latest;
    if (!text) { close(); return; }
    fetch(input.dataset.suggest + "?size=8&q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { items: [] }; })
      .then(function (answer) { if (asked === latest) { show(answer.items || []); } })
      .catch(close);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) { ask(); return; }
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      event.preventDefault();
      window.location.href = options[active].dataset.href;
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", close);
})();
