// Every page is prerendered at build time, so the whole app is static files.
export const prerender = true;
export const trailingSlash = 'never';
