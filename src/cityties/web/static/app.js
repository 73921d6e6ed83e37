/* Place suggestions as you type (text only: names are set with textContent, never as HTML). */
(function () {
  "use strict";
  function attach(input, list) {
    if (!input || !list) return;
    var timer = null, seq = 0, active = -1;
    function close() { list.hidden = true; list.textContent = ""; active = -1; }
    function show(places) {
      list.textContent = "";
      places.forEach(function (p) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = "/places/" + p.id;
        a.textContent = p.name;
        var small = document.createElement("small");
        small.textContent = " " + p.kind.replace("_", " ") + (p.part_of ? " · " + p.part_of : "");
        a.appendChild(small); li.appendChild(a); list.appendChild(li);
      });
      list.hidden = places.length === 0;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) { close(); return; }
      timer = setTimeout(function () {
        var mine = ++seq;
        fetch("/api/places?limit=8&q=" + encodeURIComponent(q), {headers: {Accept: "application/json"}})
          .then(function (r) { return r.ok ? r.json() : {places: []}; })
          .then(function (j) { if (mine === seq) show(j.places); })
          .catch(close);
      }, 120);
    });
    input.addEventListener("keydown", function (e) {
      var items = list.querySelectorAll("a");
      if (!items.length) return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        active = (active + (e.key === "ArrowDown" ? 1 : -1) + items.length) % items.length;
        items.forEach(function (a, i) { a.classList.toggle("on", i === active); });
      } else if (e.key === "Enter" && active >= 0) {
        e.preventDefault(); location.href = items[active].href;
      } else if (e.key === "Escape") { close(); }
    });
    document.addEventListener("click", function (e) { if (!list.contains(e.target) && e.target !== input) close(); });
  }
  attach(document.getElementById("q"), document.getElementById("suggest"));
  attach(document.getElementById("q2"), document.getElementById("suggest2"));
})();
