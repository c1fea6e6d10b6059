'use client';
/**
 * Live training: the numbers of the newest step, the curves (loss, validation metric, gradient norm,
 * examples/s), the lecture's vanishing/exploding picture ‖∂L/∂h_t‖ over time steps on a log scale,
 * and the state/gate heatmaps of one example.
 */
import { useLocale, useTranslations } from 'next-intl';
import { emaSeries, type SeriesColumns } from '@/app/_lib/training/series';
import type { TrainingView as View } from '@/app/_lib/training/use-training';
import type { MetricSpec } from '@/lib/tasks/types';
import { formatCompact, formatMetric } from './format';
import { Heatmap } from './heatmap';
import { UPlotChart } from './uplot-chart';

const COLORS = { loss: '#3b4cca', metric: '#1d7a46', chance: '#8a8fa3', grad: '#b42318', latest: '#e0868a', speed: '#9a6700' };
const SIGNED = new Set(['c', 'g', 'candidate']);
const GATE_ORDER = ['c', 'i', 'f', 'g', 'o', 'z', 'r', 'candidate'];

interface Props {
  readonly view: View;
  readonly series: SeriesColumns;
  readonly metric: MetricSpec;
  readonly chanceScore: number;
}

/** Values ≤ 0 cannot sit on a log axis (masked padding steps have no gradient): gaps instead. */
const positive = (v: number) => (v > 0 && Number.isFinite(v) ? v : null);
/** A diverged step (loss NaN/∞, update skipped) is a gap, not a broken axis. */
const finite = (v: number) => (Number.isFinite(v) ? v : null);

export function TrainingView({ view, series, metric, chanceScore }: Props) {
  const t = useTranslations('train');
  const locale = useLocale();
  const latest = view.latest;
  const pct = metric.unit === '%';
  const scaleMetric = (v: number | null) => (v === null ? null : pct ? 100 * v : v);
  const metricName = t.has(`metricName.${metric.name}`) ? t(`metricName.${metric.name}`) : metric.name;
  const perStep = latest?.gradNormPerStep ?? [];
  const smooth = view.gradSmooth ?? [];
  const steps = smooth.map((_, i) => i + 1);
  const v = view.seriesVersion;

  return (
    <section className="stack" aria-labelledby="training-heading">
      <h2 id="training-heading" className="visually-hidden">{t('view.heading')}</h2>
      <dl className="stats" data-testid="train-stats">
        <div>
          <dt>{t('view.step')}</dt>
          <dd data-testid="train-step">{latest ? latest.step.toLocaleString(locale) : '0'}</dd>
        </div>
        <div>
          <dt>{t('view.loss')}</dt>
          <dd data-testid="train-loss">{latest && Number.isFinite(latest.loss) ? latest.loss.toFixed(3) : '–'}</dd>
        </div>
        <div>
          <dt>{t('view.validation', { metric: metricName })}</dt>
          <dd data-testid="train-metric">{formatMetric(latest?.metric, metric, locale)}</dd>
        </div>
        <div>
          <dt>{t('view.speed')}</dt>
          <dd>
            {latest ? t('view.speedValue', { rate: formatCompact(latest.examplesPerSec, locale) }) : '–'}
            {latest ? <span className="stat-note">{t('view.stepMs', { ms: latest.stepMs.toFixed(1) })}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('view.gradNorm')}</dt>
          <dd>
            {latest ? latest.gradNorm.toPrecision(3) : '–'}
            {latest?.clipped ? <span className="badge warn-badge">{t('view.clipped')}</span> : null}
            {latest?.skipped ? <span className="badge bad-badge">{t('view.skipped')}</span> : null}
          </dd>
        </div>
      </dl>

      <div className="charts">
        <UPlotChart
          title={t('charts.loss')}
          summary={latest ? t('charts.lossSummary', { loss: latest.loss.toFixed(3), step: latest.step }) : t('charts.empty')}
          xLabel={t('charts.step')}
          series={[{ label: t('charts.loss'), color: COLORS.loss }]}
          data={[series.step, series.loss.map(finite)]}
          version={v}
          testId="chart-loss"
        />
        <UPlotChart
          title={t('charts.metric', { metric: metricName })}
          summary={t('charts.metricSummary', { value: formatMetric(latest?.metric, metric, locale), chance: formatMetric(chanceScore, metric, locale) })}
          xLabel={t('charts.step')}
          series={[
            { label: metricName, color: COLORS.metric },
            { label: t('charts.chance'), color: COLORS.chance, dash: [4, 4], width: 1 },
          ]}
          data={[series.step, series.metric.map(scaleMetric), series.step.map(() => scaleMetric(chanceScore))]}
          version={v}
          yRange={pct ? [0, 100] : undefined}
          testId="chart-metric"
        />
        <UPlotChart
          title={t('charts.gradPerStep')}
          summary={perStep.length ? t('charts.gradPerStepSummary', { first: (smooth[0] ?? 0).toExponential(1), last: (smooth.at(-1) ?? 0).toExponential(1), steps: smooth.length }) : t('charts.empty')}
          xLabel={t('charts.timeStep')}
          series={[
            { label: t('charts.smoothed'), color: COLORS.grad, width: 2 },
            { label: t('charts.latestStep'), color: COLORS.latest, width: 1 },
          ]}
          data={[steps, smooth.map(positive), smooth.map((_, i) => positive(perStep[i] ?? 0))]}
          version={v}
          log
          testId="chart-grad-per-step"
        />
        <UPlotChart
          title={t('charts.gradNorm')}
          summary={latest ? t('charts.gradNormSummary', { value: latest.gradNorm.toPrecision(3) }) : t('charts.empty')}
          xLabel={t('charts.step')}
          series={[{ label: t('charts.gradNorm'), color: COLORS.grad }]}
          data={[series.step, series.gradNorm.map(positive)]}
          version={v}
          log
          testId="chart-grad-norm"
        />
        <UPlotChart
          title={t('charts.speed')}
          summary={latest ? t('charts.speedSummary', { rate: formatCompact(latest.examplesPerSec, locale) }) : t('charts.empty')}
          xLabel={t('charts.step')}
          series={[{ label: t('charts.speed'), color: COLORS.speed }]}
          data={[series.step, emaSeries(series.examplesPerSec)]}
          version={v}
          testId="chart-speed"
        />
      </div>
      <p className="muted small">{t('charts.gradPerStepHelp')}</p>

      <section aria-labelledby="state-heading" className="stack">
        <h3 id="state-heading">{t('state.heading')}</h3>
        {view.probe ? (
          <>
            <p className="muted small">{t('state.help', { step: view.probe.step })}</p>
            <div className="heatmaps" data-testid="state-view">
              <Heatmap name={t('state.name.h')} description={t('state.size', { units: view.probe.hidden[0]?.length ?? 0, steps: view.probe.hidden.length })} values={view.probe.hidden} labels={view.probe.labels} scale="signed" />
              {GATE_ORDER.filter((k) => view.probe!.gates[k]).map((k) => (
                <Heatmap key={k} name={t(`state.name.${k}`)} description={t(SIGNED.has(k) ? 'state.signed' : 'state.unit')} values={view.probe!.gates[k]!} labels={view.probe!.labels} scale={SIGNED.has(k) ? 'signed' : 'unit'} />
              ))}
            </div>
          </>
        ) : (
          <p className="muted">{t('state.none')}</p>
        )}
      </section>
    </section>
  );
}
