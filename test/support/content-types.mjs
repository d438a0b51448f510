/** Content types for the local static servers of the test and benchmark tools, by file extension. */
export const contentTypes = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The content type of a file path; unknown extensions are sent as bytes. */
export const contentType = (extension) => contentTypes[extension] ?? 'application/octet-stream';
