/**
 * The Cytoscape stylesheet: the same palette as browser/style.grass (a colour per actor kind),
 * edges coloured by CAMEO quad class (cooperation greens, verbal conflict amber, material
 * conflict red, roles grey), as wide as their evidence count allows, symmetric ties without
 * arrows, unreviewed-only ties dashed. Labels are dark on light for contrast.
 */
import type { StylesheetJson } from 'cytoscape';
import type { ActorKind } from './types.ts';

export const KIND_COLOURS: Record<ActorKind, [fill: string, border: string]> = {
  ArmedGroup: ['#D64545', '#A83232'],
  Government: ['#3D7DD8', '#2C5EA8'],
  SecurityForce: ['#5B6B7F', '#3F4B5A'],
  Person: ['#F2B134', '#C98E1C'],
  PoliticalParty: ['#8E5CC7', '#6B3FA0'],
  Organization: ['#2BA198', '#1D7A72'],
};

/** CAMEO quad class → colour (0: no CAMEO code, e.g. LEADS, MEMBER_OF). */
export const QUAD_COLOURS: Record<number, string> = { 0: '#7A8594', 1: '#2E9E5B', 2: '#1F7A45', 3: '#C7771F', 4: '#D64545' };

export const KIND_SIZES: Record<ActorKind, number> = {
  ArmedGroup: 46,
  Government: 42,
  SecurityForce: 38,
  Person: 32,
  PoliticalParty: 36,
  Organization: 36,
};

export function graphStyle(): StylesheetJson {
  const kinds = Object.entries(KIND_COLOURS).map(([kind, [fill, border]]) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      'background-color': fill,
      'border-color': border,
      width: KIND_SIZES[kind as ActorKind],
      height: KIND_SIZES[kind as ActorKind],
    },
  }));
  const quads = Object.entries(QUAD_COLOURS).map(([quad, colour]) => ({
    selector: `edge[quad = ${quad}]`,
    style: { 'line-color': colour, 'target-arrow-color': colour, 'source-arrow-color': colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'font-family': 'Inter, system-ui, sans-serif',
        'font-size': 11,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'border-width': 2,
      },
    },
    ...kinds,
    { selector: 'node[?proposed]', style: { 'border-style': 'dashed', 'border-width': 3 } },
    { selector: 'node.pinned', style: { 'border-color': '#111111', 'border-width': 4, shape: 'round-rectangle' } },
    { selector: 'node.seed', style: { 'font-weight': 'bold' } },
    { selector: 'node:selected', style: { 'overlay-color': '#1a4fa0', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        label: 'data(type)',
        'font-size': 8,
        color: '#2b2f36',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
      },
    },
    ...quads,
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge[evidence = "UNREVIEWED"]', style: { 'line-style': 'dashed' } },
    { selector: 'edge:selected', style: { 'overlay-color': '#1a4fa0', 'overlay-opacity': 0.25, 'overlay-padding': 4 } },
    { selector: '.on-path', style: { 'underlay-color': '#ffd23f', 'underlay-opacity': 0.9, 'underlay-padding': 6 } },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
