// The copy-paste code for a chart: an iframe that works alone, plus our script that makes it fit its content.
import { escapeXml } from '../site/escape.ts';

export interface EmbedCodeInput {
  /** Absolute URL of /embed/<chart>/. */
  embedUrl: string;
  /** Absolute URL of /embed.js. */
  scriptUrl: string;
  title: string;
  /** Height before the script adjusts it (and for hosts that strip scripts), in CSS pixels. */
  height: number;
}

/** Marks our iframes, so the script resizes them and nothing else on the host page. */
export const EMBED_ATTRIBUTE = 'data-yangguang-chart';

/** The iframe alone: what oEmbed returns, and what a CMS that strips <script> keeps. */
export function iframeCode({ embedUrl, title, height }: Omit<EmbedCodeInput, 'scriptUrl'>): string {
  return `<iframe src="${escapeXml(embedUrl)}" title="${escapeXml(title)}" width="100%" height="${Math.round(height)}" ` +
    `style="width:100%;max-width:720px;border:0" loading="lazy" ${EMBED_ATTRIBUTE}></iframe>`;
}

export function embedCode(input: EmbedCodeInput): string {
  return `${iframeCode(input)}\n<script async src="${escapeXml(input.scriptUrl)}"></script>`;
}
