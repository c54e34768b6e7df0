// /funds/downloads/<view>-<table>.csv|json: each table of each static funds view, exactly as the page shows
// it (the project table without paging), amounts in exact yuan.
import type { APIRoute, GetStaticPaths } from 'astro';
import { breakdownDownload, downloadCsv, downloadJson, projectTableDownload, type DownloadTable } from '../../../funds/derive/funds-downloads.ts';
import { downloadFile, type DownloadTableName } from '../../../funds/derive/funds-url.ts';
import type { FundViewData } from '../../../funds/derive/funds-views.ts';
import { fundsData } from '../../../funds/routes.ts';
import { fromParts, keyed } from '../../../site/incremental.ts';

function tableOf(data: FundViewData, name: DownloadTableName): DownloadTable | undefined {
  const filters = { ...(data.view.year !== undefined ? { year: data.view.year } : {}), ...(data.view.countyCode ? { countyCode: data.view.countyCode } : {}) };
  if (name === 'projects') return projectTableDownload(data.projects, filters, data.totals);
  const dimension = name === 'by-area' ? (data.view.countyCode ? 'township' : 'county') : name === 'by-year' ? 'year' : name === 'by-category' ? 'category' : 'source';
  const entry = data.breakdowns.find((breakdown) => breakdown.dimension === dimension);
  return entry ? breakdownDownload(dimension, entry.rows, data.totals) : undefined;
}

export const getStaticPaths = (async ({ routePattern }) => keyed(routePattern, await allPaths(), fromParts('projects', 'regions', 'notices', 'warnings'))) satisfies GetStaticPaths;

const allPaths = (async () => {
  const { views } = await fundsData();
  const names: DownloadTableName[] = ['projects', 'by-year', 'by-category', 'by-source', 'by-area'];
  return views.flatMap((data) =>
    names.flatMap((name) => {
      const table = tableOf(data, name);
      if (!table) return [];
      return [
        { params: { file: downloadFile(data.view, name, 'csv') }, props: { body: () => downloadCsv(table), type: 'text/csv; charset=utf-8' } },
        { params: { file: downloadFile(data.view, name, 'json') }, props: { body: () => downloadJson(table), type: 'application/json; charset=utf-8' } },
      ];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { body, type } = props as { body: () => string; type: string };
  return new Response(body(), { headers: { 'content-type': type } });
};
