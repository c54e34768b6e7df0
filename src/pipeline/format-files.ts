// What an export folder holds beyond the format: everything that is not a table, release.json, the boundary file or
// a photo honorees.csv names is named in a warning and left where it is — never read, stored or published.
import { problem } from './problems.ts';
import type { Problem } from './report.ts';

/** The release store beside the current export in data/ (src/publish/store-layout.ts): no part of the export's files. */
export const RELEASE_STORE_FOLDER = 'releases';

/** Operating-system and Office clutter: never part of an export, never stored, not worth a warning. */
export const CLUTTER = /^(\.ds_store|\._.*|thumbs\.db|desktop\.ini|~\$.*)$/i;

export interface FolderEntry {
  /** Relative to the export folder, with `/` separators. */
  path: string;
  /** A link is listed, never followed: it could point anywhere on the machine. */
  kind: 'file' | 'link' | 'other';
}

/**
 * A warning for each entry the format does not take (`taken`) and no other problem already names (`named`, e.g. an
 * unreadable file in photos/): a photo nobody names, a stray file, a folder's files together.
 */
export function strayFileProblems(entries: readonly FolderEntry[], taken: ReadonlySet<string>, named: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const folders = new Map<string, number>();
  for (const { path, kind } of entries) {
    if (taken.has(path) || named.has(path)) continue;
    const folder = strayFolder(path);
    if (folder) folders.set(folder, (folders.get(folder) ?? 0) + 1);
    else if (path.startsWith('photos/')) problems.push(unreferencedPhoto(path, kind));
    else problems.push(strayFile(path, kind));
  }
  for (const [folder, count] of folders) {
    problems.push(
      problem({
        code: 'unknown-file',
        file: folder,
        message: {
          zh: `这个文件夹（${count} 个文件）不属于导出格式：没有读取，也不会保存或发布。${MOVE_OUT.zh}`,
          en: `This folder (${count} file${count === 1 ? '' : 's'}) is not part of the export format: it was not read and will not be stored or published. ${MOVE_OUT.en}`,
        },
      }),
    );
  }
  return problems;
}

const MOVE_OUT = {
  zh: '不该放在导出文件夹里的（如含身份证号、手机号的名单），请移走。',
  en: 'If it does not belong in the export folder (e.g. a list with ID or mobile numbers), move it out.',
};

const LINK = {
  zh: '它是一个链接（快捷方式），链接一律不读取。',
  en: 'It is a link (shortcut), and links are never followed.',
};

/** The folder a stray file is reported under: its top folder, or its folder inside photos/; none for files directly in either. */
function strayFolder(path: string): string | undefined {
  const parts = path.split('/');
  if (parts.length === 1 || (parts[0] === 'photos' && parts.length === 2)) return undefined;
  return parts[0] === 'photos' ? `photos/${parts[1]}/` : `${parts[0]}/`;
}

function unreferencedPhoto(path: string, kind: FolderEntry['kind']): Problem {
  return problem({
    code: 'unreferenced-photo',
    file: path,
    message: {
      zh: `${kind === 'file' ? '' : LINK.zh}honorees.csv 没有引用这张照片：不会发布，也不会保存。需要它时在 honorees.csv 的照片列填上文件名，否则请从 photos/ 中移走。`,
      en: `${kind === 'file' ? '' : `${LINK.en} `}honorees.csv names no honoree with this photo: it will not be published or stored. Name it in the photo column of honorees.csv if it is needed; otherwise move it out of photos/.`,
    },
  });
}

function strayFile(path: string, kind: FolderEntry['kind']): Problem {
  return problem({
    code: 'unknown-file',
    file: path,
    message: {
      zh: `${kind === 'file' ? '' : LINK.zh}这个文件不属于导出格式：没有读取，也不会保存或发布。${MOVE_OUT.zh}`,
      en: `${kind === 'file' ? '' : `${LINK.en} `}This file is not part of the export format: it was not read and will not be stored or published. ${MOVE_OUT.en}`,
    },
  });
}
