/**
 * The measuring, selecting and data-check tools: what they hold, and their drawing on the map.
 * Loaded with the tools' panel or the first automation call that needs them, never in the
 * first load. The figures of a selection follow the filters and hidden legend entries; the
 * data checks follow the dataset and the length share chosen.
 */
import type { Position } from 'geojson';
import { decodeFeatures } from '../contract/featureCodec.ts';
import { alongRoadLines } from '../domain/alongRoadLines.ts';
import type { LoadedDataset } from '../data/worker/workerProtocol.ts';
import {
  dataChecks,
  DEFAULT_LENGTH_SHARE,
  lengthMismatches,
  type DataCheck,
} from '../domain/dataChecks.ts';
import {
  measurePath,
  snapToRoad,
  type MeasureResult,
  type RoadSnap,
  type SnapNetwork,
} from '../domain/measureAlongRoad.ts';
import { boxRing, segmentsInRing } from '../domain/segmentsInArea.ts';
import { snapNetwork } from '../domain/snapNetwork.ts';
import type { NetworkSummary } from '../domain/types.ts';
import type { DrawClick, DrawTool } from '../map/drawTool.ts';
import { appState } from './appState.svelte.ts';
import { roadMapReady } from './roadMapHandle.ts';

/** The tools of the panel. */
export type AnalysisTool = 'measure' | 'select' | 'checks';
/** Measuring straight between clicks, or along the road each click snaps to. */
export type MeasureMode = 'straight' | 'road';
export type SelectShape = 'box' | 'polygon';

/** How far from a road a click given by the automation API still snaps to it, in metres. */
export const API_SNAP_RADIUS_M = 100;
/** The most roads of a selection outlined on the map (outlining copies their lines). */
const OUTLINED_MAX = 2000;

/** The figures of a selection. */
export interface SelectionFigures {
  /** The segments selected (and shown by the filters), by index. */
  segmentIndices: number[];
  summary: NetworkSummary;
}

const networks = new WeakMap<LoadedDataset, Promise<SnapNetwork>>();

/**
 * The lines, bounds and chainage of a dataset's segments, read once from its drawn roads; none
 * for a tile set, whose lines stay in its tiles (measuring is then straight).
 */
export function networkOf(dataset: LoadedDataset): Promise<SnapNetwork> {
  let network = networks.get(dataset);
  if (!network && dataset.tiles) {
    network = Promise.resolve(snapNetwork([], [], new Float64Array(0)));
    networks.set(dataset, network);
  }
  if (!network) {
    network = dataset.roadsData
      .arrayBuffer()
      .then((buffer) =>
        snapNetwork(decodeFeatures(buffer).features, dataset.segments, dataset.segmentBounds),
      );
    networks.set(dataset, network);
  }
  return network;
}

export class AnalysisTools {
  /** The tool open in the panel; null: none. */
  tool = $state<AnalysisTool | null>(null);
  measureMode = $state<MeasureMode>('road');
  selectShape = $state<SelectShape>('box');
  /** Whether the map is taking clicks or a drag for the tool. */
  drawing = $state(false);
  /** The measured clicks, longitude and latitude. */
  clicks = $state.raw<Position[]>([]);
  /** Each click's road where measuring along roads (null: none within reach). */
  snaps = $state.raw<(RoadSnap | null)[]>([]);
  /** The selection's box or polygon (a ring without its closing point); null: none. */
  area = $state.raw<Position[] | null>(null);
  /** One byte per segment of the dataset: 1 where the area touches it. */
  #touched = $state.raw<Uint8Array | null>(null);
  /** The dataset the clicks and area were made on. */
  #dataset: LoadedDataset | null = null;
  /** How far declared and measured lengths may differ before a check lists them (0…1). */
  lengthShare = $state(DEFAULT_LENGTH_SHARE);

  measurement = $derived<MeasureResult>(
    measurePath(this.clicks, this.measureMode === 'road' ? this.snaps : []),
  );

  /** The figures of the segments the area touches that the map shows; null: no selection. */
  selection = $derived.by<SelectionFigures | null>(() => {
    const touched = this.#touched;
    if (!touched || appState.dataset !== this.#dataset) return null;
    const { filter, mode, hiddenBuckets } = appState.shown;
    const shown = appState.segmentIndex.shown(filter, mode, hiddenBuckets);
    const kept = new Uint8Array(appState.segmentIndex.size);
    const segmentIndices: number[] = [];
    for (let i = 0; i < touched.length; i++) {
      if (touched[i] === 1 && shown[i] === 1) {
        kept[i] = 1;
        segmentIndices.push(i);
      }
    }
    return { segmentIndices, summary: appState.segmentIndex.summary(kept) };
  });

  /** The checks that do not depend on the length share (every kind but `length-mismatch`). */
  #otherChecks = $derived<DataCheck[]>(
    appState.dataset
      ? dataChecks(appState.segments, appState.dataset.errors, { lengthShare: Infinity })
      : [],
  );
  /** Every data check, length mismatches first (the order of `dataChecks`). */
  checks = $derived<DataCheck[]>([
    ...lengthMismatches(appState.segments, this.lengthShare),
    ...this.#otherChecks,
  ]);

  async #drawTool(): Promise<DrawTool> {
    return (await roadMapReady).drawTool();
  }

  /** Opens a tool in the panel (null closes it); leaving a tool ends its drawing. */
  async open(tool: AnalysisTool | null): Promise<void> {
    if (tool === this.tool) return;
    this.tool = tool;
    await this.stopDrawing();
  }

  /** Ends the drawing under way, keeping what was measured or selected. */
  async stopDrawing(): Promise<void> {
    this.drawing = false;
    (await this.#drawTool()).stop();
  }

  /**
   * Follows a change of the dataset on screen: a measurement or selection made on another
   * dataset is cleared, and the drawing under way ends.
   */
  async followDataset(dataset: LoadedDataset | null): Promise<void> {
    if (dataset === this.#dataset) return;
    this.#dataset = dataset;
    if (this.clicks.length === 0 && this.area === null && !this.drawing) return;
    await this.stopDrawing();
    await this.clear();
  }

  /** Clears the measurement and the selection from the panel and the map. */
  async clear(): Promise<void> {
    this.clicks = [];
    this.snaps = [];
    this.area = null;
    this.#touched = null;
    appState.found = [];
    await this.#show();
  }

  /** Starts measuring by clicks on the map (a new measurement). */
  async startMeasuring(): Promise<void> {
    await this.clear();
    const dataset = appState.dataset;
    if (!dataset) return;
    this.#dataset = dataset;
    const network = networkOf(dataset);
    const tool = await this.#drawTool();
    this.drawing = true;
    tool.start('points', {
      onPoint: (click) => void this.#addClick(click, network),
      onEnd: () => (this.drawing = false),
    });
  }

  async #addClick(click: DrawClick, network: Promise<SnapNetwork>): Promise<void> {
    const snap = snapToRoad(await network, click.lngLat, click.snapRadiusM, click.roads);
    this.clicks = [...this.clicks, click.lngLat];
    this.snaps = [...this.snaps, snap];
    await this.#show();
  }

  /**
   * Measures through given points at once (the automation API): along roads, each point snaps
   * to the road within `snapRadiusM`.
   */
  async measure(
    points: readonly Position[],
    mode: MeasureMode,
    snapRadiusM = API_SNAP_RADIUS_M,
  ): Promise<MeasureResult> {
    const dataset = appState.dataset;
    this.measureMode = mode;
    this.tool = 'measure';
    await this.stopDrawing();
    if (!dataset) return measurePath([]);
    this.#dataset = dataset;
    const network = await networkOf(dataset);
    // A measurement replaces the selection on the map, as the tools' tabs do.
    this.area = null;
    this.#touched = null;
    appState.found = [];
    this.clicks = points.map((point) => [point[0]!, point[1]!]);
    this.snaps = this.clicks.map((point) => snapToRoad(network, point, snapRadiusM));
    await this.#show();
    return this.measurement;
  }

  /** Starts drawing a selection's box or polygon on the map (a new selection). */
  async startSelecting(shape: SelectShape): Promise<void> {
    await this.clear();
    this.selectShape = shape;
    const tool = await this.#drawTool();
    this.drawing = true;
    const done = (ring: Position[]) => {
      void this.select(ring);
    };
    tool.start(shape === 'box' ? 'box' : 'polygon', {
      onBox: (bounds) => done(boxRing(bounds)),
      onPolygon: done,
      onEnd: () => (this.drawing = false),
    });
  }

  /** Selects the segments a ring (a box's or a polygon's, unclosed) touches. */
  async select(ring: readonly Position[]): Promise<SelectionFigures | null> {
    const dataset = appState.dataset;
    this.tool = 'select';
    if (!dataset) return null;
    await this.stopDrawing();
    const network = await networkOf(dataset);
    this.#dataset = dataset;
    // A selection replaces the measurement on the map, as the tools' tabs do.
    this.clicks = [];
    this.snaps = [];
    this.area = ring.map((point) => [point[0]!, point[1]!]);
    this.#touched = segmentsInRing(network.lines, network.segmentBounds, this.area);
    appState.found = (this.selection?.segmentIndices ?? []).slice(0, OUTLINED_MAX);
    await this.#show();
    return this.selection;
  }

  /**
   * Draws the measured path and points (along roads: the stretches of road measured, where the
   * clicks are on one route), and the selection's area.
   */
  async #show(): Promise<void> {
    const tool = await this.#drawTool();
    const byRoad = this.measureMode === 'road';
    const points = this.clicks.map((click, i) =>
      byRoad ? (this.snaps[i]?.position ?? click) : click,
    );
    const area = this.area ?? undefined;
    if (byRoad && this.measurement.along && this.#dataset) {
      const lines = alongRoadLines(await networkOf(this.#dataset), this.snaps);
      tool.show({ lines, points, area });
    } else {
      tool.show({ path: points, points, area });
    }
  }
}

/** The one instance, made when this module first loads. */
export const analysisTools = new AnalysisTools();
