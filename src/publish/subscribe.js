// Beside each calendar link (a[data-subscribe]), a link that subscribes a calendar app to
// the same file (webcal:), when the site is served over HTTP(S): a webcal address needs the
// site's own address, which only the browser knows. Opened from the file system, the pages
// keep their plain download links.
(function () {
  "use strict";
  if (location.protocol !== "http:" && location.protocol !== "https:") return;
  var links = document.querySelectorAll("a[data-subscribe]");
  for (var i = 0; i < links.length; i++) {
    var a = links[i];
    var url = new URL(a.getAttribute("href"), location.href);
    var subscribe = document.createElement("a");
    subscribe.href = "webcal://" + url.host + url.pathname;
    subscribe.className = "subscribe";
    subscribe.textContent = a.getAttribute("data-subscribe");
    var after = a.nextSibling;
    a.parentNode.insertBefore(document.createTextNode(" · "), after);
    a.parentNode.insertBefore(subscribe, after);
  }
})();
