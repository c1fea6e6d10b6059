'use client';
/**
 * The control room's challenge section: launch form when nothing runs (again after each challenge
 * ends, so several can run in a row), otherwise the controls, live leaderboard, class insights and
 * the reference-model upload.
 */
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ChallengeSettings } from '@/lib/protocol/challenge';
import { LiveLeaderboard } from '../../_components/live-leaderboard';
import { orderEntries } from '../../_lib/live/leaderboard-rows';
import type { HostRoom } from '../../_lib/use-host-room';
import { BaselineUpload } from './baseline-upload';
import { ChallengeControls } from './challenge-controls';
import { ClassInsights } from './class-insights';
import { defaultSettings, LaunchForm } from './launch-form';

export function ChallengePanel({ host, sessionEnded }: { host: HostRoom; sessionEnded: boolean }) {
  const t = useTranslations('live');
  const [launched, setLaunched] = useState<ChallengeSettings | null>(null);
  const challenge = host.live.challenge;
  const active = challenge !== null && challenge.status !== 'ended';
  const revealed = challenge?.revealedAt != null || host.leaderboard?.revealed === true;
  const rows = challenge && host.leaderboard ? orderEntries(host.leaderboard.entries, revealed ? 'private' : 'public', challenge.metric.higherIsBetter) : [];

  async function launch(settings: ChallengeSettings) {
    const error = await host.launch(settings);
    if (!error) setLaunched(settings);
    return error;
  }

  return (
    <section className="panel stack" aria-labelledby="challenge-heading" data-testid="challenge-panel">
      <h2 id="challenge-heading">{t('panel.heading')}</h2>
      {challenge ? (
        <>
          <ChallengeControls challenge={challenge} offsetMs={host.live.offsetMs} control={host.control} />
          <div className="table-scroll">
            <LiveLeaderboard
              rows={rows}
              challenge={challenge}
              by={revealed ? 'private' : 'public'}
              showMoves={revealed}
              variant="host"
              caption={revealed ? t('leaderboard.captionPrivate') : t('leaderboard.captionPublic')}
            />
          </div>
          <div className="grid-2">
            <ClassInsights insights={host.insights} challenge={challenge} studentsInRoom={host.roster.length} />
            {active && <BaselineUpload challenge={challenge} submit={host.submitBaseline} lastScored={host.lastScored} />}
          </div>
        </>
      ) : (
        <p className="muted">{t('panel.none')}</p>
      )}
      {!active && !sessionEnded && (
        <LaunchForm
          key={challenge?.id ?? 'first'}
          initial={launched ?? challenge?.settings ?? defaultSettings()}
          onLaunch={launch}
          heading={challenge ? t('form.nextHeading') : t('form.heading')}
        />
      )}
    </section>
  );
}
