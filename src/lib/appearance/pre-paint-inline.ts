/*
 * The pre-paint script as it goes into each page's <head>, in place of the comment src/app.html
 * leaves for it. Its text must stay byte for byte the file's: the CSP hash in svelte.config.js is
 * the hash of the file.
 */
import source from './pre-paint.js?raw';

export const PRE_PAINT_PLACEHOLDER = '<!-- tansuo:pre-paint -->';
export const prePaintScript = `<script>${source}</script>`;
