/**
 * Hostile strings a bot (or whoever edits it) might send. Each one, if the widget
 * ever treated it as HTML or as a URL to load, would set `window.__xss`, open a
 * dialog or call a host that is not allowed. None contains `{{`, which the bot's
 * template renderer would evaluate.
 */
export const textPayloads = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"></svg>',
  '<iframe src="javascript:window.__xss = 4"></iframe>',
  'javascript:window.__xss = 5',
  '<a href="javascript:window.__xss = 6">click me</a>',
  '"><script>window.__xss = 7</script>',
  "'><img src=x onerror=alert(8)>",
  '<body onload="window.__xss = 9">',
  '<details open ontoggle="window.__xss = 10">x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(11)>',
  "<style>@import 'http://evil.test/x.css';</style>",
  '<object data="javascript:window.__xss = 13"></object>',
  '<embed src="javascript:window.__xss = 14">',
  '<input autofocus onfocus="window.__xss = 15">',
  '<video><source onerror="window.__xss = 16"></video>',
  '<marquee onstart="window.__xss = 17">x</marquee>',
  '<form action="javascript:window.__xss = 18"><button>go</button></form>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxOSk8L3NjcmlwdD4=',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(20)">',
  '<link rel="stylesheet" href="http://evil.test/x.css">',
  '&lt;script&gt;window.__xss = 22&lt;/script&gt;',
  '<scr<script>ipt>window.__xss = 23</scr</script>ipt>',
  '<IMG SRC=JaVaScRiPt:alert(24)>',
  '<div style="background:url(http://evil.test/bg.png)">x</div>',
  '<template><img src=x onerror=alert(26)></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(27)>">',
  '<base href="http://evil.test/">',
  '<a href="https://evil.test/" onclick="window.__xss = 29">https://evil.test/phish</a>',
  'vbscript:msgbox(30) jAvAsCrIpT:alert(30)',
  '<svg><a xlink:href="javascript:alert(31)"><text x="20" y="20">x</text></a></svg>',
  '<img srcset="http://evil.test/a.png 1x">',
];

/** URLs for image messages and card images: none may be loaded. */
export const imagePayloads = [
  'javascript:window.__xss = 40',
  'http://evil.test/pixel.png',
  'https://evil.test/a.png" onerror="window.__xss = 41',
  'data:image/svg+xml,<svg onload="window.__xss = 42"></svg>',
  '//evil.test/protocol-relative.png',
  'https://images.acme.test.evil.test/x.png',
  'https://user@evil.test/x.png',
  'x" onerror="alert(43)',
];
