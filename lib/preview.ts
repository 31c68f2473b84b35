/** The request header proxy.ts sets when a page is asked for with ?preview=1 (see the shop's isPreview). */
export const PREVIEW_HEADER = "x-mostrador-preview";
