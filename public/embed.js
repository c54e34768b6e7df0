/*!
 * 阳光公示 · Yangguang — chart embed script.
 *
 * Paste the code from /charts/ into any page:
 *   <iframe src="https://<site>/embed/<chart>/" title="…" width="100%" height="480"
 *           style="width:100%;max-width:720px;border:0" loading="lazy" data-yangguang-chart></iframe>
 *   <script async src="https://<site>/embed.js"></script>
 *
 * Each embed page posts {type: "yangguang:embed-height", chart, height} to its parent whenever its
 * content changes height; this script sets the height of the iframe that sent it. Messages from other
 * origins than the one this script was loaded from are ignored, and only our iframes are touched.
 * Without this script the iframe keeps the height in the code and scrolls if the chart is taller.
 * Loading it twice is harmless. No cookies, no tracking, no other requests.
 */
(function () {
  'use strict';
  var HEIGHT = 'yangguang:embed-height';
  var PING = 'yangguang:embed-ping';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, window.location.href).origin;
  var registry = (window.__yangguangEmbeds = window.__yangguangEmbeds || {});
  if (registry[origin]) return;
  registry[origin] = true;

  function ourFrames() {
    var frames = document.querySelectorAll('iframe[data-yangguang-chart]');
    var ours = [];
    for (var i = 0; i < frames.length; i += 1) {
      try {
        if (new URL(frames[i].src, window.location.href).origin === origin) ours.push(frames[i]);
      } catch (error) {
        // An iframe without a valid src is not ours.
      }
    }
    return ours;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== HEIGHT) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 1) return;
    var frames = ourFrames();
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        // Bounded, so a broken page can never make the host page absurdly long.
        frames[i].style.height = Math.min(Math.ceil(height), 6000) + 'px';
        frames[i].setAttribute('height', String(Math.min(Math.ceil(height), 6000)));
      }
    }
  });

  // Frames that loaded before this script missed their first report: ask them again.
  function ping() {
    var frames = ourFrames();
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: PING }, origin);
    }
  }
  ping();
  document.addEventListener('DOMContentLoaded', ping);
  window.addEventListener('load', ping);
})();
