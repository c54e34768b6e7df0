// /data/template.xlsx: the workbook publishers fill in Excel, made from the schemas at build time (src/open-data/template-workbook.ts).
import type { APIRoute } from 'astro';
import { templateWorkbook } from '../../open-data/template-workbook.ts';

export const GET: APIRoute = async () =>
  new Response((await templateWorkbook()) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
