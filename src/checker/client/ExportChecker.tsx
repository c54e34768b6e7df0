// The export checker (/publish/check/): the publisher drops the export's files — or chooses them, or the whole
// folder — and sees every problem the build would report, grouped by file and sheet, Chinese first. The checks run
// here, on their own computer: the engine (run-check.ts, with the pipeline and the workbook reader) is fetched from
// the site once the page is up, and after that nothing is fetched or sent, whatever is dropped.
import { useCallback, useEffect, useRef, useState, type DragEvent, type RefObject } from 'react';
import type { DroppedFile } from '../../pipeline/dropped-files.ts';
import { chosenFiles, droppedItems, mergeFiles } from './collect-files.ts';
import type { CheckOutcome, ShownProblem } from './run-check.ts';

type Engine = typeof import('./run-check.ts');

type State =
  | { step: 'waiting' }
  | { step: 'checking'; count: number }
  | { step: 'done'; outcome: CheckOutcome; count: number }
  | { step: 'failed'; reason: string };

export default function ExportChecker() {
  const [engine, setEngine] = useState<Engine | 'loading' | 'failed'>('loading');
  const [files, setFiles] = useState<DroppedFile[]>([]);
  const [state, setState] = useState<State>({ step: 'waiting' });
  const [dragging, setDragging] = useState(false);
  const engineLoad = useRef<Promise<Engine> | undefined>(undefined);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const run = useRef(0);

  // The engine is fetched at once, so that from "ready" on the page works without the network.
  useEffect(() => {
    engineLoad.current = import('./run-check.ts');
    engineLoad.current.then(setEngine, () => setEngine('failed'));
  }, []);

  const check = useCallback(async (next: DroppedFile[]) => {
    const id = ++run.current;
    setFiles(next);
    if (next.length === 0) {
      setState({ step: 'waiting' });
      return;
    }
    setState({ step: 'checking', count: next.length });
    try {
      const { checkDroppedFiles } = await engineLoad.current!;
      const outcome = await checkDroppedFiles(next, '导出文件');
      if (id !== run.current) return;
      setState({ step: 'done', outcome, count: next.length });
    } catch (error) {
      if (id !== run.current) return;
      setState({ step: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    if (state.step === 'done') resultHeading.current?.focus();
  }, [state]);

  const add = (added: DroppedFile[]) => {
    if (added.length > 0) void check(mergeFiles(files, added));
  };
  const onDrop = async (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    add(await droppedItems(event.dataTransfer));
  };
  const onChosen = (input: HTMLInputElement | null) => {
    if (!input?.files) return;
    add(chosenFiles(input.files));
    input.value = '';
  };

  const ready = engine !== 'loading' && engine !== 'failed';
  return (
    <div className="export-checker" data-checker={ready ? 'ready' : engine}>
      <div
        className={dragging ? 'checker-drop checker-drop--over' : 'checker-drop'}
        onDragEnter={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <p className="checker-drop-text">
          把导出文件夹（或其中的文件）拖到这里，
          <br />
          或者：
        </p>
        <p className="checker-drop-en" lang="en">
          Drop the export folder (or its files) here, or:
        </p>
        <div className="checker-buttons">
          <button type="button" onClick={() => folderInput.current?.click()}>
            选择文件夹… <span lang="en">Choose folder</span>
          </button>
          <button type="button" className="button--plain" onClick={() => fileInput.current?.click()}>
            选择文件… <span lang="en">Choose files</span>
          </button>
        </div>
        <input
          ref={(input) => {
            folderInput.current = input;
            if (input) input.webkitdirectory = true;
          }}
          type="file"
          multiple
          hidden
          data-input="folder"
          onChange={(event) => onChosen(event.currentTarget)}
        />
        <input ref={fileInput} type="file" multiple hidden data-input="files" onChange={(event) => onChosen(event.currentTarget)} />
      </div>

      <p className="checker-status" role="status" aria-live="polite">
        {statusText(state, engine)}
      </p>

      {files.length > 0 && (
        <div className="checker-files">
          <details>
            <summary>
              已选 {files.length} 个文件 <span lang="en">{files.length} files chosen</span>
            </summary>
            <ul>
              {files.map((dropped) => (
                <li key={dropped.path}>
                  <code>{dropped.path}</code>
                </li>
              ))}
            </ul>
          </details>
          <button type="button" className="button--plain" onClick={() => void check([])}>
            清空，重新选择 <span lang="en">Clear</span>
          </button>
        </div>
      )}

      {state.step === 'done' && <Results outcome={state.outcome} headingRef={resultHeading} />}
    </div>
  );
}

function statusText(state: State, engine: Engine | 'loading' | 'failed'): string {
  if (engine === 'failed') return '检查程序没有载入，请刷新页面再试。The checker did not load; reload the page.';
  if (state.step === 'checking') return `正在检查 ${state.count} 个文件…… Checking ${state.count} files…`;
  if (state.step === 'failed') return `检查时出错：${state.reason} The check failed: ${state.reason}`;
  if (state.step === 'done') return `检查完成：${state.outcome.summary.zh} Checked: ${state.outcome.summary.en}`;
  if (engine === 'loading') return '正在载入检查程序…… Loading the checker…';
  return '检查程序已就绪，文件只在本机检查，不会上传。Ready: files are checked on this computer and never uploaded.';
}

function Results({ outcome, headingRef }: { outcome: CheckOutcome; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const clean = outcome.errors === 0 && outcome.warnings === 0;
  return (
    <section className="checker-results" aria-labelledby="checker-results-heading">
      <h2 id="checker-results-heading" ref={headingRef} tabIndex={-1}>
        检查结果 <span lang="en">Result</span>
      </h2>
      {outcome.errors === 0 ? (
        <p className="checker-verdict checker-verdict--ok" data-verdict="ok">
          <strong>✓ {clean ? '没有发现问题，可以发布。' : `没有错误，可以发布；有 ${outcome.warnings} 个警告，请看一看。`}</strong>
          <br />
          <span lang="en">{clean ? 'No problems: ready to publish.' : `No errors: ready to publish. ${outcome.warnings} warning${outcome.warnings === 1 ? '' : 's'} to look at.`}</span>
        </p>
      ) : (
        <p className="checker-verdict checker-verdict--error" data-verdict="error">
          <strong>
            ✗ 有 {outcome.errors} 个错误、{outcome.warnings} 个警告：改正错误之后才能发布。
          </strong>
          <br />
          <span lang="en">
            {outcome.errors} error{outcome.errors === 1 ? '' : 's'}, {outcome.warnings} warning{outcome.warnings === 1 ? '' : 's'}: correct the errors before publishing.
          </span>
        </p>
      )}
      {outcome.groups.map((group) => (
        <section key={group.heading} className="checker-group" data-group={group.heading}>
          <h3>
            {group.heading}{' '}
            <small>
              {group.errors} 个错误，{group.warnings} 个警告
            </small>
          </h3>
          <ol className="checker-problems">
            {group.problems.map((shown, index) => (
              <ProblemItem key={index} shown={shown} />
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

function ProblemItem({ shown }: { shown: ShownProblem }) {
  const { problem, where } = shown;
  const error = problem.severity === 'error';
  return (
    <li
      className={error ? 'checker-problem checker-problem--error' : 'checker-problem checker-problem--warning'}
      data-code={problem.code}
      data-file={problem.file}
      data-sheet={problem.sheet}
      data-row={problem.row}
      data-column={problem.column}
      data-field={problem.field}
    >
      <p className="checker-where">
        <strong>{error ? '错误' : '警告'}</strong> {where.zh}
      </p>
      <p>{problem.message.zh}</p>
      {problem.value !== undefined && (
        <p>
          单元格内容 <span lang="en">Value</span>：<code>{problem.value}</code>
        </p>
      )}
      {problem.expected && <p>应为：{problem.expected.zh}</p>}
      <p className="checker-en" lang="en">
        {error ? 'Error' : 'Warning'} · {where.en}: {problem.message.en}
        {problem.expected ? ` Expected: ${problem.expected.en}` : ''}
      </p>
    </li>
  );
}
