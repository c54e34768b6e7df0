// Downloads of a filtered view, made in the browser from the rows the table shows.
import { downloadCsv, downloadJson, type DownloadTable } from '../derive/funds-downloads.ts';

export function saveDownload(table: DownloadTable, format: 'csv' | 'json', fileName: string): void {
  const blob = format === 'csv'
    ? new Blob([downloadCsv(table)], { type: 'text/csv;charset=utf-8' })
    : new Blob([downloadJson(table)], { type: 'application/json;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
