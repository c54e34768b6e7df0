// /honorees/filter/index.json: the filter values and the count of each combination, for combined filters.
import { honoreeData } from '../../../honorees/routes.ts';

export async function GET(): Promise<Response> {
  const { filterFiles } = await honoreeData();
  return new Response(JSON.stringify(filterFiles().index), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
