// Whether an export may be recorded as the next release: releases are recorded in date order, once each.
import { problem } from '../pipeline/problems.ts';
import type { Problem } from '../pipeline/report.ts';
import type { StoreIndex } from './store-layout.ts';

export type ReleasePlace =
  /** A new release after the latest one (or the first). */
  | { kind: 'new' }
  /** The latest release again, byte for byte: nothing to record. */
  | { kind: 'same' }
  /** A corrected export under the latest release's id, with --replace. */
  | { kind: 'replace' };

export function placeRelease(index: StoreIndex, release: string, digest: string, replace: boolean): ReleasePlace | Problem {
  const latest = index.releases.at(-1);
  if (!latest || release > latest.release) return { kind: 'new' };
  if (release === latest.release && digest === latest.digest) return { kind: 'same' };
  if (release === latest.release && replace) return { kind: 'replace' };
  if (release === latest.release) {
    return releaseProblem(release, 'release-exists', {
      zh: `发布编号 ${release} 已经发布过，且内容不同。如要更正这一期，请加 --replace 重新发布；否则请在 release.json 中使用新的发布日期。`,
      en: `Release ${release} has already been published with different content. To correct it, publish again with --replace; otherwise give release.json a new release date.`,
    });
  }
  return releaseProblem(release, 'release-order', {
    zh: `发布编号 ${release} 早于最近一期 ${latest.release}。各期须按日期顺序发布，不能补发更早的一期。`,
    en: `Release ${release} is earlier than the latest release ${latest.release}. Releases are published in date order; an earlier one cannot be added afterwards.`,
  });
}

function releaseProblem(release: string, code: 'release-exists' | 'release-order', message: Problem['message']): Problem {
  return problem({
    code,
    file: 'release.json',
    field: 'release',
    value: release,
    expected: { zh: '晚于最近一期的发布日期', en: 'a release date after the latest release' },
    message,
  });
}
