// START-HERE.html for the release zip: one page a practitioner reads offline. Same CSP as the builder, so
// no inline style or script: plain HTML in the browser's own styles.

const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Space kept for each widget before the script upgrades it (the builder's values, examples/builder.js). */
const widgets = [
  ['ser-explainer-card', '21em'],
  ['ser-what-to-expect', '19em'],
  ['ser-emotion-checklist', '50em'],
];

/** The code to paste, as the builder writes it, for the files uploaded to /<folder>/. */
export const snippet = ({ version, integrity, folder }) =>
  [
    `<!-- SomatoEmotional Release widgets (ser-widgets ${version}) -->`,
    `<script src="/${folder}/ser-widgets.js" defer integrity="${integrity}" crossorigin="anonymous"></script>`,
    '<style>',
    '/* Keeps room for the widgets while they load, so the page does not jump. */',
    ...widgets.map(([tag, room]) => `${tag}:not(:defined){display:block;min-height:${room}}`),
    '</style>',
    '<ser-provider lang="en" locale="en">',
    ...widgets.map(([tag]) => `<${tag}></${tag}>`),
    '</ser-provider>',
    '',
  ].join('\n');

/** The whole guide. `files` are the paths inside the upload folder. */
export function startHere({ version, integrity, folder, files, policy, builder }) {
  const code = snippet({ version, integrity, folder });
  const cdn = `https://cdn.jsdelivr.net/npm/ser-widgets@${version}/dist/ser-widgets.js`;
  const fileList = files.map((f) => `<li><code>${escapeHtml(`${folder}/${f}`)}</code></li>`).join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />
    <title>Start here · ser-widgets ${escapeHtml(version)}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <header>
      <h1>Add the SomatoEmotional Release widgets to your website</h1>
      <p>Version ${escapeHtml(version)}. This page works without an internet connection. It takes three steps: upload a folder, copy some code, paste it into your page.</p>
      <p>To choose the widgets, the language, the colours, your name and your links, and see the result as you go, open <a href="${escapeHtml(builder)}">Make your snippet</a> (the builder) and copy the code it writes instead of the code in step 2. It works from this folder without an internet connection, and its code loads the files in this folder, with their fingerprint.</p>
    </header>
    <main>
      <h2 id="upload">Step 1: upload the <code>${escapeHtml(folder)}</code> folder</h2>
      <p>Next to this page is a folder called <code>${escapeHtml(folder)}</code>. Upload the whole folder, as it is, to the top level of your website (where your home page is). Do not rename or change any file in it. These are the files:</p>
      <ul>
      ${fileList}
      </ul>
      <p>To check, open <code>https://your-site/${escapeHtml(folder)}/ser-widgets.js</code> in a browser (with your own site's address). You should see a page of code, not an error.</p>
      <ul>
        <li><strong>A host with a file manager or FTP</strong> (including a WordPress site you host yourself): use the file manager or FTP program your host gives you.</li>
        <li><strong>Squarespace, Wix and WordPress.com</strong> do not let you upload a folder of script files. Upload the folder to any other web host that serves files exactly as they are and lets other websites load them (it must send the header <code>Access-Control-Allow-Origin: *</code>). Then, in the code in step 2, replace <code>/${escapeHtml(folder)}/ser-widgets.js</code> with the full address of the file, starting with <code>https://</code>.</li>
      </ul>

      <h2 id="copy">Step 2: copy this code</h2>
      <p><label for="snippet">Click in the box, select everything (Ctrl+A, or Command+A on a Mac), then copy it (Ctrl+C, or Command+C).</label></p>
      <textarea id="snippet" readonly rows="${code.split('\n').length + 2}" cols="80" spellcheck="false">${escapeHtml(code)}</textarea>
      <p>The <code>integrity</code> value is a fingerprint of the <code>ser-widgets.js</code> in this folder. The browser runs the file only if it matches, so nobody can swap it for something else. Leave it exactly as it is.</p>

      <h2 id="paste">Step 3: paste it into your page</h2>
      <p>Paste the code once on each page, where the widgets should appear. Then look at the page while logged out, or in a private window.</p>
      <h3>WordPress</h3>
      <ol>
        <li>Edit the page and click the <strong>+</strong> button where the widgets should go.</li>
        <li>Pick the <strong>Custom HTML</strong> block and paste the code into it.</li>
        <li>Use <strong>Preview</strong> in the block's toolbar to check, then update the page.</li>
      </ol>
      <p>Only administrators and editors can save scripts in WordPress. On WordPress.com, it takes a plan that allows plugins.</p>
      <h3>Squarespace</h3>
      <ol>
        <li>Edit the page, click an insert point and add a <strong>Code</strong> block.</li>
        <li>Keep the type on HTML, switch <strong>Display source</strong> off, and paste the code.</li>
        <li>Save. The editor may not show the widgets: open the live page to see them.</li>
      </ol>
      <p>Scripts in a Code block need a Squarespace plan that allows custom code.</p>
      <h3>Wix</h3>
      <ol>
        <li>In the editor, choose <strong>Add</strong>, then <strong>Embed code</strong>, then <strong>Embed HTML</strong>.</li>
        <li>Pick <strong>Code</strong>, paste the code, and click <strong>Update</strong>.</li>
        <li>Wix puts the code in a frame of fixed size: drag its edges until the widgets fit.</li>
      </ol>
      <p>Wix runs the code from a different address than your site, so the full <code>https://</code> address of <code>ser-widgets.js</code> is needed there (see step 1).</p>
      <h3>A plain HTML page</h3>
      <ol>
        <li>Open the page's HTML file and paste the code inside <code>&lt;body&gt;</code>, where the widgets should be.</li>
        <li>If your site sends a Content-Security-Policy header, move the lines between <code>&lt;style&gt;</code> and <code>&lt;/style&gt;</code> into your own stylesheet.</li>
      </ol>

      <h2 id="choices">Language, your name and your booking link</h2>
      <p>The builder (<a href="${escapeHtml(builder)}">Make your snippet</a>) makes these changes for you. To make them by hand:</p>
      <ul>
        <li>For Spanish, French, German or Portuguese, change both <code>"en"</code> in <code>&lt;ser-provider lang="en" locale="en"&gt;</code> to <code>"es"</code>, <code>"fr"</code>, <code>"de"</code> or <code>"pt"</code>. The language files are in the <code>locales</code> folder and load only when a page needs them.</li>
        <li>To use your name instead of "your practitioner", add <code>practitioner="Your name"</code> inside <code>&lt;ser-provider …&gt;</code>.</li>
        <li>For a "Book a session" button, add <code>booking-url="https://…"</code> with the address of your booking page.</li>
        <li>Remove the line of any widget you do not want.</li>
      </ul>

      <h2 id="problems">If the widgets do not show</h2>
      <ul>
        <li>Open the address of <code>ser-widgets.js</code> from the code in a browser. If it does not open, the folder is not where the code says.</li>
        <li>Upload the folder again, without changing any file: a changed file no longer matches the <code>integrity</code> value.</li>
        <li>Check that your plan with your site builder allows custom code.</li>
      </ul>

      <h2 id="privacy">Your visitors' privacy</h2>
      <p>The widgets load their own files from where you uploaded them, and nothing else. They send nothing anywhere and set no cookies. What a visitor ticks in the checklist stays in their browser.</p>

      <h2 id="updates">A new version</h2>
      <p>Each version has its own fingerprint. To update, upload the new folder in place of the old one, and paste the new code from the new version's START-HERE page.</p>

      <h2 id="cdn">Loading the files from a public service instead</h2>
      <p>Once ser-widgets is published on the npm registry, public services such as jsDelivr will serve the same file at <code>${escapeHtml(cdn)}</code>, with the same <code>integrity</code> value. Until then that address does not work: open it in a browser first, and use it only if it shows code. Such a service sees your visitors' internet addresses; files on your own site do not have that drawback.</p>

      <h2 id="licence">Licence</h2>
      <p>ser-widgets is free to use under the MIT licence. The <code>LICENSE</code> file next to this page has the full text, with the licences of the parts it includes.</p>
    </main>
  </body>
</html>
`;
}
