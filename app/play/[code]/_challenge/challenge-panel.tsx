'use client';
/**
 * The student's side of a live challenge: task card, model form under the challenge's limits,
 * training in the Worker with live charts, submission with verified score and rank, the compact
 * leaderboard. Keyed by challenge id by the caller, so a new challenge starts with a fresh form.
 */
import './challenge.css';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { loadCheckpoint } from '@/app/_lib/training/checkpoint-store';
import type { Checkpoint } from '@/app/_lib/training/checkpoint';
import { checkDraft, draftFromConfig, initialDraft, type ModelDraft, type ModelLimits } from '@/app/_lib/training/model-form';
import { progressPayload, Throttle } from '@/app/_lib/training/progress-stream';
import { ExportError, useTraining } from '@/app/_lib/training/use-training';
import type { BackendChoice, LatestProgress, RunSpec } from '@/app/_lib/training/worker-protocol';
import { request, type ClientSocket } from '@/app/_lib/socket';
import { useErrorText } from '@/app/_lib/use-error-text';
import type { StudentChallengeState } from '@/app/_lib/use-student-room';
import type { ModelConfig } from '@/lib/ml/config';
import type { MyStanding } from '@/lib/protocol/challenge';
import { ChallengeHeader } from './challenge-header';
import { withMyRow } from './leaderboard-rows';
import { MiniLeaderboard } from './mini-leaderboard';
import { ModelForm } from './model-form';
import { SubmitPanel, type SubmitResult } from './submit-panel';
import { TaskCard } from './task-card';
import { TrainingControls } from './training-controls';
import { TrainingView } from './training-view';
import { useTaskInstance } from './use-task-instance';

/** Learning to Execute's curricula (Zaremba & Sutskever 2014); the paper's best is 'combined'. */
const CURRICULA = ['baseline', 'naive', 'mix', 'combined'] as const;

interface Props {
  readonly code: string;
  readonly participantId: string;
  readonly socket: ClientSocket | null;
  readonly room: StudentChallengeState;
  readonly setMine: (mine: MyStanding | null) => void;
}

export function ChallengePanel({ code, participantId, socket, room, setMine }: Props) {
  const t = useTranslations('train');
  const errorText = useErrorText();
  const view = room.challenge!;
  const board = withMyRow(room.leaderboard, room.myRow);
  const { load, retry } = useTaskInstance(code, view);
  const limits: ModelLimits = useMemo(() => ({ allowedCells: view.settings.allowedCells, maxParameters: view.settings.maxParameters }), [view.settings.allowedCells, view.settings.maxParameters]);
  const instance = load.status === 'ready' ? load.instance : null;
  const [draft, setDraft] = useState<ModelDraft | null>(null);
  useEffect(() => {
    if (instance) setDraft((d) => d ?? initialDraft(instance.shape, limits));
  }, [instance, limits]);
  const check = instance && draft ? checkDraft(draft, instance.shape, limits) : null;
  const checkpointKey = `${code}:${view.id}`;

  // Progress for the class race: at most once a second, only while the challenge runs.
  const running = useRef<ModelConfig | null>(null);
  const throttle = useRef(new Throttle());
  const live = useRef({ socket, status: view.status });
  live.current = { socket, status: view.status };
  const onProgress = useCallback(
    (latest: LatestProgress) => {
      const { socket: s, status } = live.current;
      const config = running.current;
      if (!s || !config || status !== 'running' || !throttle.current.take(Date.now())) return;
      const payload = progressPayload({ code, challengeId: view.id }, latest, config);
      if (payload) void request(s, 'challenge:progress', payload); // best effort: a lost point is replaced a second later
    },
    [code, view.id],
  );
  const training = useTraining(onProgress);
  const status = training.view.status;

  const [saved, setSaved] = useState<Checkpoint | null>(null);
  useEffect(() => {
    if (status !== 'idle') return;
    let cancelled = false;
    loadCheckpoint(checkpointKey)
      .then((c) => !cancelled && setSaved(c && c.taskId === view.taskId && c.level === view.level ? c : null))
      .catch(() => !cancelled && setSaved(null)); // an unusable checkpoint is simply not offered
    return () => {
      cancelled = true;
    };
  }, [checkpointKey, status, view.taskId, view.level]);

  const [backend, setBackend] = useState<BackendChoice>('wasm');
  const [curriculum, setCurriculum] = useState<(typeof CURRICULA)[number]>('combined');
  const runSpec = (config: ModelConfig): RunSpec => ({
    checkpointKey,
    taskId: view.taskId,
    level: view.level,
    dataset: load.status === 'ready' ? load.dataset : null,
    modelMeta: view.datasetName ? { taskId: view.taskId, dataset: view.datasetName } : { taskId: view.taskId, level: view.level },
    config,
    ...(view.taskId === 'execute' ? { curriculum } : {}),
  });
  const startFresh = () => {
    if (!check?.config) return;
    running.current = check.config;
    throttle.current.reset();
    training.start(runSpec(check.config), backend, /* resume */ false);
  };
  const restore = () => {
    if (!saved) return;
    setDraft(draftFromConfig(saved.config));
    running.current = saved.config;
    training.start(runSpec(saved.config), backend, /* resume */ true);
  };

  const submit = async (): Promise<SubmitResult> => {
    if (!socket) return { ok: false, error: { code: 'internal', message: 'Not connected: wait for the connection and try again.' } };
    let model;
    try {
      model = await training.exportModel();
    } catch (e) {
      const detail = e instanceof ExportError ? t(`errors.${e.failure.code}`, { detail: e.failure.detail ?? '' }) : String(e);
      return { ok: false, error: { code: 'internal', message: detail } };
    }
    const claimedScore = model.metric !== null && Number.isFinite(model.metric) ? model.metric : null;
    const reply = await request(socket, 'challenge:submit', { code, challengeId: view.id, model: model.bytes, claimedScore });
    if (!reply.ok) return { ok: false, error: reply.error };
    setMine(reply.data.mine);
    return { ok: true, submissionId: reply.data.submissionId, queuePosition: reply.data.queuePosition };
  };

  const hasModel = status === 'running' || status === 'paused';
  return (
    <div className="challenge-room stack" data-testid="challenge-panel" data-challenge-id={view.id}>
      <ChallengeHeader view={view} clockOffsetMs={room.clockOffsetMs} />
      {/* Once the challenge is over, the standings are the news: they move to the top. */}
      {view.status === 'ended' ? <MiniLeaderboard leaderboard={board} metric={view.metric} participantId={participantId} ended /> : null}
      <div className="challenge-grid">
        <TaskCard taskId={view.taskId} level={view.level} datasetName={view.datasetName} samples={load.status === 'ready' ? load.samples : null} />
        <section className="panel stack" aria-labelledby="model-heading">
          <h2 id="model-heading">{t('form.title')}</h2>
          {load.status === 'loading' ? (
            <p className="muted" role="status">
              {t('task.loadingData')}
            </p>
          ) : null}
          {load.status === 'error' ? (
            <div className="notice bad" role="alert">
              <p>{t('task.dataError', { error: errorText(load.error) })}</p>
              <button type="button" onClick={retry}>
                {t('task.retry')}
              </button>
            </div>
          ) : null}
          {instance && draft && check ? (
            <>
              <ModelForm draft={draft} onChange={setDraft} check={check} limits={limits} streamed={instance.shape.streamed} disabled={status !== 'idle'} />
              {view.taskId === 'execute' ? (
                <label className="field">
                  {t('curriculum.label')}
                  <span className="hint">{t('curriculum.hint')}</span>
                  <select value={curriculum} disabled={status !== 'idle'} onChange={(e) => setCurriculum(e.target.value as (typeof CURRICULA)[number])} data-testid="curriculum">
                    {CURRICULA.map((c) => (
                      <option key={c} value={c}>
                        {t(`curriculum.${c}`)}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              <TrainingControls
                view={training.view}
                backend={backend}
                onBackend={setBackend}
                canStart={check.config !== null}
                saved={saved}
                onStart={startFresh}
                onRestore={restore}
                onPause={training.pause}
                onResume={training.resume}
                onStop={training.stop}
              />
            </>
          ) : null}
        </section>
      </div>
      <section className="panel">
        <TrainingView view={training.view} series={training.series} metric={view.metric} chanceScore={view.chanceScore} />
      </section>
      <div className="challenge-grid">
        <SubmitPanel
          view={view}
          mine={room.mine}
          leaderboard={board}
          lastScored={room.lastScored}
          participantId={participantId}
          clockOffsetMs={room.clockOffsetMs}
          hasModel={hasModel}
          onSubmit={submit}
        />
        {view.status !== 'ended' ? <MiniLeaderboard leaderboard={board} metric={view.metric} participantId={participantId} ended={false} /> : null}
      </div>
    </div>
  );
}
