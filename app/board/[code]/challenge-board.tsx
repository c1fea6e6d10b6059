'use client';
/**
 * The projector during a challenge: task, big countdown, live top 10 and the learning-curve race;
 * after the end the final public board; after the reveal the shake-up (rows travel from public to
 * private rank with arrows), then the podium. Sized to be read from the back row.
 */
import { useTranslations } from 'next-intl';
import type { ChallengeView, Leaderboard } from '@/lib/protocol/challenge';
import { LiveCountdown } from '../../_components/live-countdown';
import { LiveLeaderboard } from '../../_components/live-leaderboard';
import { LivePodium } from '../../_components/live-podium';
import { LiveRaceChart } from '../../_components/live-race-chart';
import { orderEntries, topRows } from '../../_lib/live/leaderboard-rows';
import { biggestClimb, podium, revealPhase } from '../../_lib/live/rank-changes';
import type { RaceHistory } from '../../_lib/live/race-history';
import { useNow } from '../../_lib/use-now';
import { useMetricName, useScoreText } from '../../_lib/live/use-score-text';

/** Rows on the projector: readable from the back row beats complete. */
export const BOARD_ROWS = 10;
/** Curves in the race; the rest are counted ("+ K more training"). */
export const RACE_SERIES = 8;

export interface ChallengeBoardProps {
  code: string;
  challenge: ChallengeView;
  offsetMs: number;
  leaderboard: Leaderboard | null;
  race: RaceHistory;
  onShowJoin?: () => void;
}

export function ChallengeBoard({ code, challenge, offsetMs, leaderboard, race, onShowJoin }: ChallengeBoardProps) {
  const t = useTranslations('live.board');
  const tt = useTranslations('tasks');
  const metricName = useMetricName();
  const scoreText = useScoreText();
  const revealed = leaderboard?.revealed === true && challenge.revealedAt !== null;
  const phaseSettled = revealed && revealPhase(challenge.revealedAt, Date.now() + offsetMs) === 'podium';
  // Tick for the "training now" count and the reveal's phases; a settled podium needs no clock.
  const now = useNow(500, !phaseSettled);
  const serverNow = now + offsetMs;
  const phase = revealed ? revealPhase(challenge.revealedAt, serverNow) : 'public';
  const by = phase === 'public' ? 'public' : 'private';
  const { higherIsBetter, unit } = challenge.metric;
  const ordered = leaderboard ? orderEntries(leaderboard.entries, by, higherIsBetter) : [];
  const rows = topRows(ordered, BOARD_ROWS);
  const ended = challenge.status === 'ended';
  const climb = revealed && phase !== 'public' ? biggestClimb(leaderboard?.entries ?? []) : null;

  const board = (
    <LiveLeaderboard
      rows={rows}
      challenge={challenge}
      by={by}
      showMoves={phase !== 'public'}
      variant="board"
      caption={phase === 'public' ? (ended ? t('finalPublic') : t('leaderboard')) : t('privateLeaderboard')}
    />
  );

  return (
    <div className="cb" data-phase={revealed ? phase : challenge.status}>
      <header className="cb-head">
        <div className="cb-what">
          <p className="cb-kicker">{t('kicker', { code })}</p>
          <h1 className="cb-title">{tt(`${challenge.taskId}.title`)}</h1>
          <p className="cb-sub">
            {t('sub', { level: challenge.datasetName ?? challenge.level, metric: metricName(challenge.metric.name), chance: scoreText(challenge.chanceScore, unit) })}
          </p>
        </div>
        <div className="cb-clock">
          <LiveCountdown challenge={challenge} offsetMs={offsetMs} className="countdown-board" />
          <span className="cb-clock-label" data-testid="challenge-status" data-status={revealed ? 'revealed' : challenge.status} role="status">
            {revealed ? t('revealed') : ended ? t('timeUp') : challenge.status === 'paused' ? t('paused') : t('timeLeft')}
          </span>
        </div>
      </header>
      {climb && (
        <p className="cb-climb" role="status">
          {t('climb', { nickname: climb.entry.nickname, count: climb.places })}
        </p>
      )}
      {revealed && phase === 'podium' ? (
        <div className="cb-grid podium-grid">
          <LivePodium top={podium(leaderboard?.entries ?? [], true)} challenge={challenge} revealed />
          <section aria-label={t('privateLeaderboard')}>{board}</section>
        </div>
      ) : (
        <div className="cb-grid">
          <section aria-label={t('leaderboard')}>
            {board}
            {ended && !revealed && <p className="cb-note">{t('waitingReveal')}</p>}
          </section>
          <section className="cb-race" aria-labelledby="race-heading">
            <h2 id="race-heading" className="cb-section-title">{t('race')}</h2>
            <LiveRaceChart race={race.challengeId === challenge.id ? race : { challengeId: null, series: {} }} challenge={challenge} serverNow={serverNow} maxSeries={RACE_SERIES} />
          </section>
        </div>
      )}
      {ended && onShowJoin && (
        <p>
          <button type="button" className="cb-back" onClick={onShowJoin}>{t('showJoin')}</button>
        </p>
      )}
    </div>
  );
}
